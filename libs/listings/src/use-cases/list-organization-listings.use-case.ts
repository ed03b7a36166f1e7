import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf, moderatesAnyOf, OrganizationDirectory } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import type { ListingStatus } from '../domain';
import { ListingRepository } from '../persistence/listing.repository';
import { ListingRevisionRepository } from '../persistence/listing-revision.repository';
import { listingView } from './listing-view';

/**
 * An organization's listings: every status for its members and its moderators (their
 * drafts, what awaits review); for everyone else, the published ones they may see.
 */
@Injectable()
export class ListOrganizationListingsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: ListingRepository,
    private readonly revisions: ListingRevisionRepository,
    private readonly directory: OrganizationDirectory,
  ) {}

  async execute(actor: Actor | undefined, organizationId: string, status?: ListingStatus) {
    const ownerParks = (await this.directory.facts(organizationId))?.parkIds ?? [];
    const privileged = isMemberOf(actor, organizationId) || moderatesAnyOf(actor, ownerParks);
    const all = await this.listings.ownedBy(this.uow.db, organizationId);
    if (privileged) {
      const shown = all.filter((l) => status === undefined || l.status === status);
      // Members see which live listings have an edit awaiting review, as GET /listings/:id shows them.
      const revisions = await this.revisions.pendingFor(
        this.uow.db,
        shown.map((l) => l.id),
      );
      return shown.map((l) => listingView(l, { privileged, pendingRevision: revisions.get(l.id) }));
    }
    const actorParks = actor ? await this.directory.parksOf(actor.memberships.map((m) => m.organizationId)) : [];
    const sharesPark =
      ownerParks.some((id) => actorParks.includes(id)) || ownerParks.some((id) => actor?.operatedParkIds.includes(id));
    return all
      .filter((l) => l.status === 'published' && (status === undefined || status === 'published'))
      .filter((l) => l.visibility === 'public' || sharesPark)
      .map((l) => listingView(l, { privileged: false }));
  }
}
