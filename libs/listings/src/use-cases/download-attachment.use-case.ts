import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { AttachmentNotFoundError, ListingNotFoundError } from '../domain';
import { ListingAttachmentRepository } from '../persistence/listing-attachment.repository';
import { ListingRepository } from '../persistence/listing.repository';
import { attachmentView } from './attachment-view';
import { ListingAccess } from './listing-access';

/** One attachment's bytes, for whoever may see the listing. */
@Injectable()
export class DownloadAttachmentUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly attachments: ListingAttachmentRepository,
    private readonly access: ListingAccess,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(actor: Actor | undefined, listingId: string, attachmentId: string) {
    const listing = await this.listings.findById(this.uow.db, listingId);
    if (!listing || !(await this.access.roles(actor, listing)).visible) throw new ListingNotFoundError();
    const attachment = await this.attachments.find(this.uow.db, listingId, attachmentId);
    if (!attachment) throw new AttachmentNotFoundError();
    return { attachment: attachmentView(attachment), content: await this.storage.get(attachment.storageKey) };
  }
}
