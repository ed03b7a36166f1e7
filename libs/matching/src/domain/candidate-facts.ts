import { type CapacityLeft, capacityListingOf, type CapacityOffering, type LicenceScope } from '@rongtong/deals';
import type { OrganizationFacts } from '@rongtong/identity';
import { chinaMidnight, type Interval } from '@rongtong/kernel';
import type { IndexableListing } from '@rongtong/listings';
import type { DemandContent } from './demand';
import type { CandidateFacts, CandidateListing, ProviderRecord, ScoringDemand } from './scoring';
import { type DemandTerms, listingText, matchText } from './text-relevance';

/** A published listing loaded for scoring, with what the facts about it need. */
export interface LoadedCandidate {
  listing: CandidateListing;
  /** Its searchable text, normalised, for the text factor. */
  text: string;
  /** Capacity listings: what is offered per period. */
  offering?: Pick<CapacityOffering, 'capacity' | 'periods'>;
}

/** Facts about a set of candidates, read in one batch for one window (or the span of several). */
export interface FactsBook {
  capacity: ReadonlyMap<string, CapacityLeft>;
  freeTime: ReadonlyMap<string, Interval[]>;
  licences: ReadonlyMap<string, LicenceScope[]>;
  responseMinutes: ReadonlyMap<string, number>;
  ratings: ReadonlyMap<string, { averageRating: number | null; count: number }>;
}

/** What the facts about a listing are read by. */
export type FactsSubject = Pick<CandidateListing, 'id' | 'kind' | 'providerOrganizationId'>;

/** A window of dates, `YYYY-MM-DD`, inclusive. */
export interface DateWindow {
  from: string;
  to: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const string = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The demand's window, when its kind has one. */
export function windowOf(demand: DemandContent): DateWindow | undefined {
  return demand.kind === 'ip' ? undefined : { from: demand.details.from, to: demand.details.to };
}

/** One candidate's facts for one demand, from the batch. Pure. */
export function candidateFacts(
  demand: ScoringDemand,
  terms: DemandTerms,
  candidate: LoadedCandidate,
  book: FactsBook,
  provider: Pick<OrganizationFacts, 'verificationState' | 'badge'>,
  today: string,
  now = new Date(),
): CandidateFacts {
  const { listing } = candidate;
  const rating = book.ratings.get(listing.providerOrganizationId);
  const record: ProviderRecord = {
    verified: provider.verificationState === 'verified',
    badge: provider.badge,
    responseMinutes: book.responseMinutes.get(listing.providerOrganizationId) ?? null,
    rating: { average: rating?.averageRating ?? null, count: rating?.count ?? 0 },
  };
  const facts: CandidateFacts = { listing, text: matchText(terms, candidate.text), provider: record, today };
  if (demand.kind === 'capacity' && listing.kind === 'capacity') {
    const left = book.capacity.get(listing.id);
    const { to } = demand.details;
    const from = demand.details.from > today ? demand.details.from : today;
    // The periods the rest of the demand's window touches; one it only partly covers counts whole.
    const periods = left?.periods.filter((p) => p.start <= to && p.end >= from) ?? [];
    if (left && periods.length) {
      facts.capacity = { unit: left.unit, per: left.per, remaining: Math.min(...periods.map((p) => p.remaining)) };
    }
  }
  if (demand.kind === 'equipment' && listing.kind === 'equipment' && demand.details.serviceMode !== 'sample_testing') {
    const free = book.freeTime.get(listing.id);
    const start = Math.max(chinaMidnight(demand.details.from).getTime(), now.getTime());
    const end = chinaMidnight(demand.details.to).getTime() + 86_400_000;
    facts.freeHours =
      free === undefined
        ? null
        : Math.floor(
            free.reduce(
              (sum, i) => sum + Math.max(0, Math.min(i.end.getTime(), end) - Math.max(i.start.getTime(), start)),
              0,
            ) / 360_000,
          ) / 10;
  }
  if (listing.kind === 'ip') facts.activeLicences = book.licences.get(listing.id) ?? [];
  return facts;
}

/** A published listing and its provider as the scorer reads them. Pure. */
export function toCandidate(listing: IndexableListing, provider: OrganizationFacts): LoadedCandidate {
  const details = listing.details as unknown as Record<string, unknown>;
  const openLicence = details.openLicence as { declared?: boolean } | undefined;
  const candidate: LoadedCandidate = {
    listing: {
      id: listing.id,
      kind: listing.kind,
      title: listing.title,
      categorySlug: listing.categorySlug,
      category: listing.category,
      regionCode: listing.regionCode,
      visibility: listing.visibility,
      providerOrganizationId: listing.ownerOrganizationId,
      parkIds: provider.parkIds,
      priceFen: listing.priceFen,
      priceUnit: listing.priceUnit,
      certifications: strings(details.certifications),
      serviceModes: strings(details.serviceModes),
      transactionTypes: strings(details.transactionTypes),
      openLicence: openLicence?.declared === true,
    },
    text: listingText([
      listing.title,
      listing.titleEn,
      ...listing.tags,
      listing.category,
      listing.categoryEn,
      listing.description,
      listing.descriptionEn,
      string(details.process),
      ...strings(details.materials),
      string(details.manufacturer),
      string(details.model),
      ...strings(details.ipc),
    ]),
  };
  const offering = offeringOf(listing);
  if (offering) candidate.offering = offering;
  return candidate;
}

/** A capacity listing's offer per period, as reservations read it. */
export function offeringOf(listing: IndexableListing): LoadedCandidate['offering'] {
  if (listing.kind !== 'capacity' || !(listing.details as unknown as Record<string, unknown>).capacity)
    return undefined;
  const { offering } = capacityListingOf(listing);
  return { capacity: offering.capacity, periods: offering.periods };
}

/** The listings whose providers are known, as candidates. */
export function candidatesOf(
  listings: readonly IndexableListing[],
  providers: ReadonlyMap<string, OrganizationFacts>,
): LoadedCandidate[] {
  return listings
    .filter((l) => providers.has(l.ownerOrganizationId))
    .map((l) => toCandidate(l, providers.get(l.ownerOrganizationId)!));
}
