import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import {
  ListingForbiddenError,
  ListingNotFoundError,
  ListingVersionConflictError,
  NoPendingRevisionError,
} from '../domain';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingRevisionRepository } from '../persistence/listing-revision.repository';
import { ListingAccess } from './listing-access';
import { contentOf, listingView } from './listing-view';

/**
 * The owner withdraws the pending revision of a live listing: the live version stays as it
 * is, moderators have nothing left to decide, and the version moves on (a moderator's
 * If-Match on the withdrawn revision gets 409). 409 NO_PENDING_REVISION if there is none.
 */
@Injectable()
export class WithdrawRevisionUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly access: ListingAccess,
  ) {}

  async execute(actor: Actor, listingId: string, expectedVersion?: number) {
    const found = await this.listings.findById(this.uow.db, listingId);
    if (!found) throw new ListingNotFoundError();
    const roles = await this.access.roles(actor, found);
    if (!roles.owner) {
      if (!roles.visible) throw new ListingNotFoundError();
      throw new ListingForbiddenError('OWNER_REQUIRED', 'Only the owner may withdraw a revision');
    }
    return this.uow.run(async (tx) => {
      const listing = (await this.listings.findById(tx, listingId, { forUpdate: true }))!;
      if (expectedVersion !== undefined && listing.version !== expectedVersion) {
        throw new ListingVersionConflictError(listing.version);
      }
      const revision = await this.revisions.pending(tx, listingId);
      if (!revision) throw new NoPendingRevisionError();
      await this.revisions.withdraw(tx, revision.id, actor.userId);
      await this.listings.bumpVersion(tx, listing.ownerOrganizationId, listingId, listing.version);
      await this.listingAudit.append(tx, {
        listingId,
        actorUserId: actor.userId,
        action: 'withdraw_revision',
        before: revision.content,
        after: contentOf(listing),
      });
      const updated = (await this.listings.findById(tx, listingId))!;
      return listingView(updated, { privileged: true, pendingRevision: undefined });
    });
  }
}
