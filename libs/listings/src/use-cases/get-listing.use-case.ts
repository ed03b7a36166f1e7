import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { ListingNotFoundError } from '../domain';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingRevisionRepository } from '../persistence/listing-revision.repository';
import { ListingAuditRepository } from '../persistence/listing-audit.repository';
import { ListingAccess } from './listing-access';
import { listingView } from './listing-view';

/** A published listing for whoever may see it; any status for its owner and moderators. */
@Injectable()
export class GetListingUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
    private readonly listingAudit: ListingAuditRepository,
    private readonly access: ListingAccess,
  ) {}

  async execute(actor: Actor | undefined, listingId: string) {
    const listing = await this.listings.findById(this.uow.db, listingId);
    if (!listing) throw new ListingNotFoundError();
    const roles = await this.access.roles(actor, listing);
    if (!roles.visible) throw new ListingNotFoundError();
    const privileged = roles.owner || roles.moderator;
    return listingView(listing, {
      privileged,
      pendingRevision: privileged ? await this.revisions.pending(this.uow.db, listingId) : undefined,
    });
  }

  /** The audit trail: for the owner and moderators only. */
  async audit(actor: Actor, listingId: string) {
    const listing = await this.listings.findById(this.uow.db, listingId);
    if (!listing) throw new ListingNotFoundError();
    const roles = await this.access.roles(actor, listing);
    if (!roles.owner && !roles.moderator) throw new ListingNotFoundError();
    const trail = await this.listingAudit.trail(this.uow.db, listingId);
    // Who reported a listing, and what they said, is for moderators, not the owner.
    return roles.moderator
      ? trail
      : trail.map((entry) => (entry.action === 'report' ? { ...entry, actorUserId: null, reason: null } : entry));
  }

  /** One of the caller's own organization's listings, by the owner's reference. */
  async byExternalRef(actor: Actor, organizationId: string, externalRef: string) {
    if (!actor.memberships.some((m) => m.organizationId === organizationId)) return undefined;
    const listing = await this.listings.findByExternalRef(this.uow.db, organizationId, externalRef);
    return listing ? listingView(listing, { privileged: true }) : undefined;
  }
}
