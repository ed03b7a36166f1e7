import { Injectable } from '@nestjs/common';
import { type Actor, isMemberOf, moderatesAnyOf, OrganizationDirectory } from '@rongtong/identity';
import { ListingForbiddenError, ListingNotFoundError } from '../domain';
import type { ListingRecord } from '../persistence/listing.repository';

export interface ListingRoles {
  owner: boolean;
  moderator: boolean;
  /** The public (or park-member) can see it: published and visible to this caller. */
  visible: boolean;
}

/**
 * Who the caller is to a listing: a member of its owner, a moderator (operator of one of
 * the owner's parks, or a platform admin), someone it is visible to, or nobody.
 */
@Injectable()
export class ListingAccess {
  constructor(private readonly directory: OrganizationDirectory) {}

  async roles(actor: Actor | undefined, listing: ListingRecord): Promise<ListingRoles> {
    const owner = isMemberOf(actor, listing.ownerOrganizationId);
    // The owner's parks matter only to park operators (moderation) and park-only listings;
    // a platform admin moderates everything. Most callers need no lookup at all.
    const needsParks =
      !actor?.isPlatformAdmin && (listing.visibility === 'park_members' || (actor?.operatedParkIds.length ?? 0) > 0);
    const ownerParks = needsParks ? ((await this.directory.facts(listing.ownerOrganizationId))?.parkIds ?? []) : [];
    const moderator = moderatesAnyOf(actor, ownerParks);
    let visible = listing.status === 'published' && listing.visibility === 'public';
    if (!visible && listing.status === 'published' && actor) {
      // park_members: enterprises in one of the owner's parks (and those parks' operators).
      const actorParks = await this.directory.parksOf(actor.memberships.map((m) => m.organizationId));
      visible =
        actorParks.some((id) => ownerParks.includes(id)) || ownerParks.some((id) => actor.operatedParkIds.includes(id));
    }
    return { owner, moderator, visible: visible || owner || moderator };
  }
}

/**
 * An owner's action: those who may not see the listing are told it does not exist (404),
 * those who may see it are told why not (403).
 */
export function requireOwner(roles: ListingRoles, action: string): void {
  if (roles.owner) return;
  if (!roles.visible) throw new ListingNotFoundError();
  throw new ListingForbiddenError('OWNER_REQUIRED', `Only the owner may ${action}`);
}
