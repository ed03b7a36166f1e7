import { Injectable } from '@nestjs/common';
import {
  type CapacityLeft,
  capacityListingOf,
  type CapacityOffering,
  DealFacts,
  type LicenceScope,
} from '@rongtong/deals';
import { type OrganizationFacts, OrganizationDirectory } from '@rongtong/identity';
import { chinaMidnight, type Interval } from '@rongtong/kernel';
import { type IndexableListing, ListingsForIndexUseCase } from '@rongtong/listings';
import { analyzeQuery, Segmenter } from '@rongtong/search';
import type { DemandContent } from '../domain/demand';
import type { CandidateFacts, CandidateListing, ProviderRecord, ScoringDemand } from './scoring';
import { type DemandTerms, demandTerms, listingText, matchText } from './text-relevance';

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
type FactsSubject = Pick<CandidateListing, 'id' | 'kind' | 'providerOrganizationId'>;

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

/**
 * Reads what scoring needs about candidate listings, one query per kind of fact for all
 * of them (never one per candidate): the listings, their providers (directory), and from
 * deals the capacity left, free time, licences in force, responsiveness and ratings.
 */
@Injectable()
export class CandidateReader {
  constructor(
    private readonly listings: ListingsForIndexUseCase,
    private readonly directory: OrganizationDirectory,
    private readonly deals: DealFacts,
    private readonly segmenter: Segmenter,
  ) {}

  /**
   * The demand's words, analysed once per run: its title and what its details name (the
   * process and materials, the test items, the technology field). A licence's field of
   * use is left out: it scopes the licence, listings seldom say it.
   */
  terms(demand: DemandContent): DemandTerms {
    const analyze = (text: string) => analyzeQuery(this.segmenter, text, new Map(), { detectPlace: false }).concepts;
    const texts =
      demand.kind === 'capacity'
        ? [demand.title, demand.details.process, ...demand.details.materials]
        : demand.kind === 'equipment'
          ? [demand.title, ...('testItems' in demand.details ? demand.details.testItems : [])]
          : [demand.title, demand.details.technologyField];
    return demandTerms(analyze, texts, demand.certifications);
  }

  /** Facts about organizations (demand owners or providers), by id. */
  organizations(ids: readonly string[]): Promise<Map<string, OrganizationFacts>> {
    return this.directory.factsOfMany(ids);
  }

  /** The published ones among `ids`, with their providers' facts. */
  async load(
    ids: readonly string[],
  ): Promise<{ candidates: LoadedCandidate[]; providers: Map<string, OrganizationFacts> }> {
    const published = await this.published(ids);
    const providers = await this.directory.factsOfMany(published.map((l) => l.ownerOrganizationId));
    return { candidates: candidatesOf(published, providers), providers };
  }

  /**
   * `load` and `facts` for one window at once: the providers and what deals knows are
   * read side by side once the listings are in.
   */
  async gather(
    ids: readonly string[],
    window: DateWindow | undefined,
    today: string,
  ): Promise<{ candidates: LoadedCandidate[]; providers: Map<string, OrganizationFacts>; book: FactsBook }> {
    const published = await this.published(ids);
    const subjects = published.map((l) => ({
      listing: { id: l.id, kind: l.kind, providerOrganizationId: l.ownerOrganizationId },
      offering: offeringOf(l),
    }));
    const [providers, book] = await Promise.all([
      this.directory.factsOfMany(published.map((l) => l.ownerOrganizationId)),
      this.facts(subjects, window, today),
    ]);
    return { candidates: candidatesOf(published, providers), providers, book };
  }

  private async published(ids: readonly string[]): Promise<IndexableListing[]> {
    return (await this.listings.load([...new Set(ids)])).filter((l) => l.status === 'published');
  }

  /**
   * What deals knows about the candidates: over `window` (a demand's, or the span of the
   * windows of several), for the kinds it concerns. The reads run side by side.
   */
  async facts(
    candidates: ReadonlyArray<Pick<LoadedCandidate, 'offering'> & { listing: FactsSubject }>,
    window: DateWindow | undefined,
    today: string,
  ): Promise<FactsBook> {
    const ofKind = (kind: string) => candidates.filter((c) => c.listing.kind === kind);
    const capacity = ofKind('capacity').filter((c) => c.offering);
    const equipment = ofKind('equipment').map((c) => c.listing.id);
    const patents = ofKind('ip').map((c) => c.listing.id);
    const providers = [...new Set(candidates.map((c) => c.listing.providerOrganizationId))];
    const now = new Date();
    const windowStart = window && chinaMidnight(window.from) > now ? chinaMidnight(window.from) : now;
    const windowEnd = window && chinaMidnight(window.to);
    const [capacityLeft, freeTime, licences, responseMinutes, ratings] = await Promise.all([
      window && capacity.length
        ? this.deals.capacityLeft(
            capacity.map((c) => ({ listingId: c.listing.id, offering: c.offering! })),
            window.from > today ? window.from : today,
            window.to,
          )
        : new Map<string, CapacityLeft>(),
      windowEnd && equipment.length
        ? this.deals.freeTime(equipment, windowStart, new Date(windowEnd.getTime() + 86_400_000))
        : new Map<string, Interval[]>(),
      patents.length ? this.deals.activeLicences(patents, today) : new Map<string, LicenceScope[]>(),
      providers.length ? this.deals.responseMinutes(providers, now) : new Map<string, number>(),
      providers.length ? this.deals.providerRatings(providers) : new Map(),
    ]);
    return { capacity: capacityLeft, freeTime, licences, responseMinutes, ratings };
  }
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
function offeringOf(listing: IndexableListing): LoadedCandidate['offering'] {
  if (listing.kind !== 'capacity' || !(listing.details as unknown as Record<string, unknown>).capacity)
    return undefined;
  const { offering } = capacityListingOf(listing);
  return { capacity: offering.capacity, periods: offering.periods };
}

/** The listings whose providers are known, as candidates. */
function candidatesOf(
  listings: readonly IndexableListing[],
  providers: ReadonlyMap<string, OrganizationFacts>,
): LoadedCandidate[] {
  return listings
    .filter((l) => providers.has(l.ownerOrganizationId))
    .map((l) => toCandidate(l, providers.get(l.ownerOrganizationId)!));
}
