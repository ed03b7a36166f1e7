import { Injectable, Logger } from '@nestjs/common';
import { ObjectStorage, UnitOfWork } from '@rongtong/platform';
import {
  type Actor,
  OrganizationNotFoundError,
  VerificationDocumentNotFoundError,
  VerificationDocumentsLockedError,
} from '../domain';
import { OrganizationRepository, ParkRepository, VerificationDocumentRepository } from '../persistence';
import { requireAdmin } from './organization-admin-access';

/**
 * An enterprise's owners and admins take back a document while it is not yet verified;
 * once verified, its documents are the record of what the verification rested on. The
 * row goes (with an audit entry) in one transaction, the file after it commits.
 */
@Injectable()
export class DeleteVerificationDocumentUseCase {
  private readonly logger = new Logger(DeleteVerificationDocumentUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly documents: VerificationDocumentRepository,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(actor: Actor, organizationId: string, documentId: string): Promise<void> {
    await requireAdmin(
      this.uow.db,
      this.parks,
      actor,
      organizationId,
      'Only owners and admins delete verification documents',
    );
    const storageKey = await this.uow.run(async (tx) => {
      // Locked: a verification decided meanwhile waits for this deletion, or this one sees it.
      const organization = await this.organizations.findById(tx, organizationId, { forUpdate: true });
      if (!organization || organization.kind !== 'enterprise') throw new OrganizationNotFoundError();
      const document = await this.documents.findOf(tx, organizationId, documentId);
      if (!document) throw new VerificationDocumentNotFoundError();
      if (organization.verificationState === 'verified') throw new VerificationDocumentsLockedError();
      await this.documents.remove(tx, organizationId, documentId);
      await this.documents.audit(tx, { organizationId, action: 'deleted', actorUserId: actor.userId, document });
      return document.storageKey;
    });
    await this.storage
      .delete(storageKey)
      .catch((error: unknown) =>
        this.logger.error({ err: error, storageKey }, 'Could not remove the file of a deleted verification document'),
      );
  }
}
