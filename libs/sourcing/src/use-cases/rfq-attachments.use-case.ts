import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import {
  acceptDealDocumentType,
  DealDocumentEmptyError,
  dealDocumentFileName,
  DealDocumentTooLargeError,
} from '@rongtong/deals';
import type { Actor } from '@rongtong/identity';
import {
  AppConfig,
  ObjectStorage,
  SNIFF_BYTES,
  sniffContentType,
  UnitOfWork,
  UploadInspector,
} from '@rongtong/platform';
import { RfqItemNotFoundError, RfqStateConflictError, rfqStep, SourcingForbiddenError } from '../domain';
import { type RfqAttachmentRecord, RfqAttachmentRepository, RfqRepository } from '../persistence/rfq.repository';
import { ndaSha256 } from './get-rfq.use-case';
import { SourcingParties } from './sourcing-parties';

function attachmentView(a: RfqAttachmentRecord) {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    createdAt: a.createdAt.toISOString(),
  };
}

/**
 * The buyer attaches drawings and specifications to a draft or open RFQ. The file is
 * checked as it arrives (size, type by content: the deal documents' rules) and stored
 * before its row is written; a row that cannot be written takes the file with it.
 */
@Injectable()
export class UploadRfqAttachmentUseCase {
  private readonly logger = new Logger(UploadRfqAttachmentUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly attachments: RfqAttachmentRepository,
    private readonly parties: SourcingParties,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, rfqId: string, upload: { fileName?: string; content: Readable }) {
    const rfq = await this.parties.asBuyer(this.uow.db, actor, rfqId);
    if (rfq.takenDownAt) throw new RfqStateConflictError('taken_down', 'edit');
    rfqStep(rfq, 'edit', new Date());
    const maxBytes = this.config.uploads.maxBytes;
    let contentType = '';
    const inspector = new UploadInspector({
      maxBytes,
      headBytes: SNIFF_BYTES,
      inspectHead: async (head) => {
        if (head.length === 0) throw new DealDocumentEmptyError();
        contentType = acceptDealDocumentType((await sniffContentType(head))?.mime, head, upload.fileName);
      },
      tooLarge: () => new DealDocumentTooLargeError(maxBytes),
    });
    const storageKey = `rfqs/${rfq.id}/${randomUUID()}`;
    await this.storage.put(
      storageKey,
      pipeline(upload.content, inspector, () => {}),
    );
    try {
      const stored = await this.uow.run((tx) =>
        this.attachments.insert(tx, {
          rfqId: rfq.id,
          storageKey,
          fileName: dealDocumentFileName(upload.fileName, contentType),
          contentType,
          sizeBytes: inspector.result.sizeBytes,
          uploadedBy: actor.userId,
        }),
      );
      return attachmentView(stored);
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((e: unknown) =>
          this.logger.error({ err: e, storageKey }, 'Could not remove the file of a failed upload'),
        );
      throw error;
    }
  }
}

/** What an RFQ has attached (names and sizes), for whoever may see it. */
@Injectable()
export class ListRfqAttachmentsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly attachments: RfqAttachmentRepository,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, rfqId: string) {
    await this.parties.standing(this.uow.db, actor, rfqId);
    return (await this.attachments.list(this.uow.db, rfqId)).map(attachmentView);
  }
}

/**
 * An attachment's bytes: for the buyer and moderators, and for a supplier once one of its
 * enterprises accepted the RFQ's NDA as it now reads (403 NDA_NOT_ACCEPTED before).
 */
@Injectable()
export class DownloadRfqAttachmentUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly attachments: RfqAttachmentRepository,
    private readonly parties: SourcingParties,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(actor: Actor, rfqId: string, attachmentId: string) {
    const db = this.uow.db;
    const { rfq, side, scope } = await this.parties.standing(db, actor, rfqId);
    // The NDA first: a supplier that has not accepted it learns nothing of the files.
    if (side === 'supplier' && rfq.ndaText !== null) {
      const hash = ndaSha256(rfq.ndaText);
      const accepted = await Promise.all(
        scope.organizationIds.map((org) => this.rfqs.ndaAcceptance(db, rfq.id, org, hash)),
      );
      if (!accepted.some(Boolean)) {
        throw new SourcingForbiddenError('NDA_NOT_ACCEPTED', "Accept the RFQ's NDA before downloading its attachments");
      }
    }
    const attachment = await this.attachments.find(db, rfqId, attachmentId);
    if (!attachment) throw new RfqItemNotFoundError('RFQ_ATTACHMENT_NOT_FOUND');
    return { attachment: attachmentView(attachment), content: await this.storage.get(attachment.storageKey) };
  }
}
