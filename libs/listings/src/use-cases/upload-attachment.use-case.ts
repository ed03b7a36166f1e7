import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import {
  AppConfig,
  ObjectStorage,
  SNIFF_BYTES,
  sniffContentType,
  UnitOfWork,
  UploadInspector,
} from '@rongtong/platform';
import {
  acceptAttachmentType,
  AttachmentEmptyError,
  type AttachmentPurpose,
  attachmentFilename,
  attachmentSizeLimit,
  AttachmentTooLargeError,
  editMode,
  ListingNotFoundError,
} from '../domain';
import { ListingAttachmentRepository } from '../persistence/listing-attachment.repository';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { attachmentView } from './attachment-view';
import { ListingAccess, requireOwner } from './listing-access';

export interface UploadAttachmentInput {
  purpose: AttachmentPurpose;
  /** The name the uploader's file had: a label, cleaned, never a path. */
  filename?: string;
  content: Readable;
}

/**
 * The owner adds a photo or document, whenever they may edit the listing. The bytes are
 * checked as they arrive (size, then type by content) and stored before the row is
 * written; a refused file never reaches the storage, and if the row cannot be written
 * the stored file is removed, so a failed upload leaves nothing behind.
 */
@Injectable()
export class UploadAttachmentUseCase {
  private readonly logger = new Logger(UploadAttachmentUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly attachments: ListingAttachmentRepository,
    private readonly access: ListingAccess,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, listingId: string, input: UploadAttachmentInput) {
    const listing = await this.listings.findById(this.uow.db, listingId);
    if (!listing) throw new ListingNotFoundError();
    requireOwner(await this.access.roles(actor, listing), 'attach files to a listing');
    editMode(listing.status);

    const maxBytes = attachmentSizeLimit(input.purpose, this.config.uploads);
    let contentType = '';
    const inspector = new UploadInspector({
      maxBytes,
      headBytes: SNIFF_BYTES,
      inspectHead: async (head) => {
        if (head.length === 0) throw new AttachmentEmptyError();
        contentType = acceptAttachmentType(input.purpose, (await sniffContentType(head))?.mime);
      },
      tooLarge: () => new AttachmentTooLargeError(input.purpose, maxBytes),
    });
    const storageKey = `listings/${listing.id}/${randomUUID()}`;
    // pipeline (not pipe) so that a failing upload fails the write, and a refusal stops the upload.
    await this.storage.put(
      storageKey,
      pipeline(input.content, inspector, () => {}),
    );

    try {
      return await this.uow.run(async (tx) => {
        // The listing may have been submitted or archived while the file was arriving.
        editMode((await this.listings.findById(tx, listingId, { forUpdate: true }))!.status);
        const attachment = await this.attachments.insert(tx, {
          listingId,
          purpose: input.purpose,
          filename: attachmentFilename(input.filename, contentType),
          contentType,
          ...inspector.result,
          storageKey,
          createdBy: actor.userId,
        });
        const view = attachmentView(attachment);
        await this.listingAudit.append(tx, { listingId, actorUserId: actor.userId, action: 'attach', after: view });
        return view;
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
