import type { Locale } from '@rongtong/kernel';
import { findCategory } from '@rongtong/listings';
import { matchReasonView } from '../domain';
import type { DemandRecord } from '../persistence/demand.repository';
import type { MatchRecord } from '../persistence/match.repository';

/** What the SME sees of a matched listing (the listings context's current state of it). */
export interface ListingSummary {
  title: string;
  kind: string;
  status: string;
  providerOrganizationId: string;
}

function category(demand: DemandRecord) {
  const found = demand.category ? findCategory(demand.kind, demand.category) : undefined;
  return {
    category: found?.name ?? demand.category,
    categorySlug: demand.category,
    categoryEn: found?.nameEn ?? null,
  };
}

/** A demand as its owner (the SME's members) sees it. */
export function demandView(demand: DemandRecord) {
  return {
    id: demand.id,
    organizationId: demand.organizationId,
    createdBy: demand.createdBy,
    kind: demand.kind,
    title: demand.title,
    description: demand.description,
    ...category(demand),
    regionCode: demand.regionCode,
    locationPreference: demand.locationPreference,
    certifications: demand.certifications,
    budgetFen: demand.budgetFen,
    deadline: demand.deadline,
    visibility: demand.visibility,
    details: demand.details,
    status: demand.status,
    statusReason: demand.statusReason,
    version: demand.version,
    createdAt: demand.createdAt,
    updatedAt: demand.updatedAt,
    closedAt: demand.closedAt,
  };
}

/**
 * A demand as a matched provider sees it: what is needed and by whom (the enterprise's
 * name; contact goes through a deal). The budget, the author and the status reason stay
 * the SME's.
 */
export function providerDemandView(demand: DemandRecord, organizationName: string | null) {
  return {
    id: demand.id,
    organization: { id: demand.organizationId, name: organizationName },
    kind: demand.kind,
    title: demand.title,
    description: demand.description,
    ...category(demand),
    regionCode: demand.regionCode,
    locationPreference: demand.locationPreference,
    certifications: demand.certifications,
    deadline: demand.deadline,
    details: demand.details,
    status: demand.status,
    createdAt: demand.createdAt,
  };
}

/** A match as the SME sees it: the listing, the score and the reasons for it (in `locale`). */
export function matchView(match: MatchRecord, listing: ListingSummary | undefined, locale: Locale) {
  return {
    id: match.id,
    demandId: match.demandId,
    listingId: match.listingId,
    listing: listing
      ? {
          title: listing.title,
          kind: listing.kind,
          status: listing.status,
          providerOrganizationId: listing.providerOrganizationId,
        }
      : null,
    score: match.score,
    reasons: match.factors.map((reason) => matchReasonView(reason, locale)),
    status: match.status,
    dismissReason: match.dismissReason,
    providerInterestAt: match.providerInterestAt,
    dealId: match.dealId,
    createdAt: match.createdAt,
    updatedAt: match.updatedAt,
  };
}

/** A match as its provider sees it: no dismiss reason, no deal request. */
export function providerMatchView(match: MatchRecord, listing: ListingSummary | undefined, locale: Locale) {
  return {
    id: match.id,
    listingId: match.listingId,
    listing: listing ? { title: listing.title, kind: listing.kind, status: listing.status } : null,
    score: match.score,
    reasons: match.factors.map((reason) => matchReasonView(reason, locale)),
    status: match.status,
    providerInterestAt: match.providerInterestAt,
    createdAt: match.createdAt,
  };
}
