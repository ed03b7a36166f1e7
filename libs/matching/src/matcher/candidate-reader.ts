import { Injectable } from '@nestjs/common';
import { type CapacityLeft, DealFacts, type LicenceScope } from '@rongtong/deals';
import { type OrganizationFacts, OrganizationDirectory } from '@rongtong/identity';
import { chinaMidnight, type Interval } from '@rongtong/kernel';
import { type IndexableListing, ListingsForIndexUseCase } from '@rongtong/listings';
import { analyzeQuery, Segmenter } from '@rongtong/search';
import {
  candidatesOf,
  type DateWindow,
  type FactsBook,
  type FactsSubject,
  type LoadedCandidate,
  offeringOf,
} from '../domain/candidate-facts';
import type { DemandContent } from '../domain/demand';
import { type DemandTerms, demandTerms } from '../domain/text-relevance';

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
