import { Injectable } from '@nestjs/common';
import { ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { type Actor, VerificationDocumentNotFoundError } from '../domain';
import { OrganizationRepository, ParkRepository, VerificationDocumentRepository } from '../persistence';
import { readableEnterprise } from './verification-documents';

/** One verification document's bytes, for those who may list them. */
@Injectable()
export class GetVerificationDocumentFileUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly documents: VerificationDocumentRepository,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(actor: Actor, organizationId: string, documentId: string) {
    await readableEnterprise(this.uow.db, this.organizations, this.parks, actor, organizationId);
    const document = await this.documents.findOf(this.uow.db, organizationId, documentId);
    if (!document) throw new VerificationDocumentNotFoundError();
    return {
      fileName: document.fileName,
      contentType: document.contentType,
      sizeBytes: document.sizeBytes,
      content: await this.storage.get(document.storageKey),
    };
  }
}
