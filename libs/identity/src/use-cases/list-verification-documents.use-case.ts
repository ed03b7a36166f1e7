import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor } from '../domain';
import { OrganizationRepository, ParkRepository, VerificationDocumentRepository } from '../persistence';
import { readableEnterprise, verificationDocumentView } from './verification-documents';

/** An enterprise's verification documents, oldest first: for its members, its parks' operators, platform admins. */
@Injectable()
export class ListVerificationDocumentsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly documents: VerificationDocumentRepository,
  ) {}

  async execute(actor: Actor, organizationId: string) {
    await readableEnterprise(this.uow.db, this.organizations, this.parks, actor, organizationId);
    return (await this.documents.listOf(this.uow.db, organizationId)).map(verificationDocumentView);
  }
}
