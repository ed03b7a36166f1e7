import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { downloadName } from '@rongtong/kernel';
import {
  AppConfig,
  ObjectStorage,
  SNIFF_BYTES,
  sniffContentType,
  UnitOfWork,
  UploadInspector,
} from '@rongtong/platform';
import {
  acceptVerificationDocumentType,
  type Actor,
  OrganizationNotFoundError,
  VERIFICATION_DOCUMENT_MAX_BYTES,
  VERIFICATION_DOCUMENTS_PER_ORGANIZATION,
  verificationDocumentExtensions,
  type VerificationDocumentKind,
  VerificationDocumentEmptyError,
  VerificationDocumentLimitError,
  VerificationDocumentTooLargeError,
} from '../domain';
import { OrganizationRepository, ParkRepository, VerificationDocumentRepository } from '../persistence';
import { requireAdmin } from './organization-admin-access';
import { verificationDocumentView } from './verification-documents';

export interface UploadVerificationDocumentInput {
  kind: VerificationDocumentKind;
  note?: string;
  file: { filename?: string; content: Readable };
}

/**
 * An enterprise's owners and admins give the papers its verification rests on. The cheap
 * checks come first (who, how many already); then the file is checked as it arrives
 * (size, type by content: the dispute licence's rules) and stored; then, with the
 * organization locked so that two uploads cannot both take the last place, the row and
 * its audit entry are written. A failed upload leaves no file behind.
 */
@Injectable()
export class UploadVerificationDocumentUseCase {
  private readonly logger = new Logger(UploadVerificationDocumentUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly parks: ParkRepository,
    private readonly documents: VerificationDocumentRepository,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, organizationId: string, input: UploadVerificationDocumentInput) {
    await requireAdmin(
      this.uow.db,
      this.parks,
      actor,
      organizationId,
      'Only owners and admins upload verification documents',
    );
    const organization = await this.organizations.findById(this.uow.db, organizationId);
    if (!organization || organization.kind !== 'enterprise') throw new OrganizationNotFoundError();
    if ((await this.documents.countOf(this.uow.db, organizationId)) >= VERIFICATION_DOCUMENTS_PER_ORGANIZATION) {
      throw new VerificationDocumentLimitError(VERIFICATION_DOCUMENTS_PER_ORGANIZATION);
    }

    const maxBytes = Math.min(this.config.uploads.maxBytes, VERIFICATION_DOCUMENT_MAX_BYTES);
    let contentType = '';
    const inspector = new UploadInspector({
      maxBytes,
      headBytes: SNIFF_BYTES,
      inspectHead: async (head) => {
        if (head.length === 0) throw new VerificationDocumentEmptyError();
        contentType = acceptVerificationDocumentType((await sniffContentType(head))?.mime);
      },
      tooLarge: () => new VerificationDocumentTooLargeError(maxBytes),
    });
    const storageKey = `verification-documents/${organizationId}/${randomUUID()}`;
    // pipeline (not pipe) so that a failing upload fails the write, and a refusal stops the upload.
    await this.storage.put(
      storageKey,
      pipeline(input.file.content, inspector, () => {}),
    );

    try {
      return await this.uow.run(async (tx) => {
        await this.organizations.findById(tx, organizationId, { forUpdate: true });
        if ((await this.documents.countOf(tx, organizationId)) >= VERIFICATION_DOCUMENTS_PER_ORGANIZATION) {
          throw new VerificationDocumentLimitError(VERIFICATION_DOCUMENTS_PER_ORGANIZATION);
        }
        const document = await this.documents.insert(tx, {
          organizationId,
          kind: input.kind,
          note: input.note?.trim() || null,
          fileName: downloadName(input.file.filename, verificationDocumentExtensions(contentType), input.kind),
          contentType,
          sizeBytes: inspector.result.sizeBytes,
          sha256: inspector.result.sha256,
          storageKey,
          uploadedBy: actor.userId,
        });
        await this.documents.audit(tx, { organizationId, action: 'uploaded', actorUserId: actor.userId, document });
        return verificationDocumentView(document);
      });
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((cleanupError: unknown) =>
          this.logger.error({ err: cleanupError, storageKey }, 'Could not remove the file of a failed upload'),
        );
      throw error;
    }
  }
}
