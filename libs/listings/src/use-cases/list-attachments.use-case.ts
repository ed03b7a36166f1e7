import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { ListingNotFoundError } from '../domain';
import { ListingAttachmentRepository } from '../persistence/listing-attachment.repository';
import { ListingRepository } from '../persistence/listing.repository';
import { attachmentView } from './attachment-view';
import { ListingAccess } from './listing-access';

/** A listing's photos and documents, for whoever may see the listing. */
@Injectable()
export class ListAttachmentsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly attachments: ListingAttachmentRepository,
    private readonly access: ListingAccess,
  ) {}

  async execute(actor: Actor | undefined, listingId: string) {
    const listing = await this.listings.findById(this.uow.db, listingId);
    if (!listing || !(await this.access.roles(actor, listing)).visible) throw new ListingNotFoundError();
    return (await this.attachments.ofListing(this.uow.db, listingId)).map(attachmentView);
  }
}
