import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { AttachmentNotFoundError, editMode, ListingNotFoundError } from '../domain';
import { ListingAttachmentRepository } from '../persistence/listing-attachment.repository';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { attachmentView } from './attachment-view';
import { ListingAccess, requireOwner } from './listing-access';

/**
 * The owner removes a photo or document. The row goes first, in a transaction, and the
 * file after it commits: should removing the file fail, what is left is a file nothing
 * points to (logged), never a row whose file is gone.
 */
@Injectable()
export class DeleteAttachmentUseCase {
  private readonly logger = new Logger(DeleteAttachmentUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly attachments: ListingAttachmentRepository,
    private readonly access: ListingAccess,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(actor: Actor, listingId: string, attachmentId: string): Promise<void> {
    const listing = await this.listings.findById(this.uow.db, listingId);
    if (!listing) throw new ListingNotFoundError();
    requireOwner(await this.access.roles(actor, listing), 'remove files from a listing');

    const removed = await this.uow.run(async (tx) => {
      editMode((await this.listings.findById(tx, listingId, { forUpdate: true }))!.status);
      const attachment = await this.attachments.delete(tx, listingId, attachmentId);
      if (!attachment) throw new AttachmentNotFoundError();
      await this.listingAudit.append(tx, {
        listingId,
        actorUserId: actor.userId,
        action: 'detach',
        before: attachmentView(attachment),
      });
      return attachment;
    });
    await this.storage
      .delete(removed.storageKey)
      .catch((error: unknown) =>
        this.logger.error(
          { err: error, storageKey: removed.storageKey },
          'Could not remove the file of a deleted attachment',
        ),
      );
  }
}
