import { Injectable } from '@nestjs/common';
import { DealFacts } from '@rongtong/deals';
import { type Actor, type BadgeTier, type OrganizationFacts, type SizeClass } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { parseSearchQuery, type RawSearchParams, type SearchHit, SearchEngines, tierRank } from '@rongtong/search';
import { regionProximity } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { SourcingParties } from './sourcing-parties';

/** How many listings a directory query reads to find its enterprises. */
const LISTINGS_READ = 200;

export interface SupplierQuery {
  q?: string;
  region?: string;
  park?: string;
  certifications?: string[];
  sizeClass?: SizeClass;
  /** The least 专精特新 tier: innovative_sme < provincial < little_giant. */
  specialisedTier?: BadgeTier;
  minRating?: number;
  page: number;
  limit: number;
}

/** An enterprise as the listings that found it describe it. */
interface Capabilities {
  organizationId: string;
  /** The best rank of its listings in the search (0 first). */
  rank: number;
  listings: { id: string; title: string; kind: string }[];
  categories: Set<string>;
  processes: Set<string>;
  certifications: Set<string>;
}

function capabilitiesOf(hits: readonly SearchHit[]): Capabilities[] {
  const found = new Map<string, Capabilities>();
  hits.forEach((hit, rank) => {
    const d = hit.document;
    if (d.kind === 'ip') return; // patents are not supply capability
    let entry = found.get(d.provider.id);
    if (!entry) {
      entry = {
        organizationId: d.provider.id,
        rank,
        listings: [],
        categories: new Set(),
        processes: new Set(),
        certifications: new Set(),
      };
      found.set(d.provider.id, entry);
    }
    entry.listings.push({ id: d.id, title: d.title, kind: d.kind });
    entry.categories.add(d.category);
    d.detailsText.forEach((t) => entry.processes.add(t));
    d.certifications.forEach((c) => entry.certifications.add(c));
  });
  return [...found.values()];
}

/**
 * For RFQ suggestions: finds enterprises through listing search of capacity listings (so through both engines, and
 * with its Chinese segmentation and glossary): the enterprises whose published listings
 * match, verified ones only, with what those listings say they can do.
 */
@Injectable()
export class SupplierFinder {
  constructor(
    private readonly engines: SearchEngines,
    private readonly parties: SourcingParties,
    private readonly deals: DealFacts,
  ) {}

  /** Listing search as GET /search/listings runs it (park-only listings for the caller's parks), without free time. */
  private async search(actor: Actor | undefined, params: RawSearchParams) {
    const viewerParkIds = actor
      ? [
          ...new Set([
            ...(await this.parties.organizations.parksOf(actor.memberships.map((m) => m.organizationId))),
            ...actor.operatedParkIds,
          ]),
        ]
      : [];
    const query = parseSearchQuery(params, viewerParkIds);
    return this.engines.read((engine) => engine.search(query));
  }

  async find(
    actor: Actor | undefined,
    params: { q?: string; region?: string; park?: string; certifications?: string[]; category?: string; kind?: string },
  ) {
    const result = await this.search(actor, {
      q: params.q,
      region: params.region,
      park: params.park,
      certifications: params.certifications,
      category: params.category,
      kind: params.kind,
      page: 1,
      limit: LISTINGS_READ,
    });
    const found = capabilitiesOf(result.hits);
    const ids = found.map((f) => f.organizationId);
    const [facts, ratings] = await Promise.all([
      this.parties.organizations.factsOfMany(ids),
      this.deals.providerRatings(ids),
    ]);
    const suppliers = found.flatMap((f) => {
      const o = facts.get(f.organizationId);
      if (!o || o.kind !== 'enterprise' || o.verificationState !== 'verified' || o.frozen) return [];
      const rating = ratings.get(f.organizationId);
      return [
        { capabilities: f, facts: o, averageRating: rating?.averageRating ?? null, ratingCount: rating?.count ?? 0 },
      ];
    });
    return { suppliers, engine: result.engine };
  }
}

export type FoundSupplier = Awaited<ReturnType<SupplierFinder['find']>>['suppliers'][number];

function supplierView(s: {
  capabilities: Capabilities;
  facts: OrganizationFacts;
  averageRating: number | null;
  ratingCount: number;
}) {
  return {
    organizationId: s.facts.id,
    name: s.facts.name,
    regionCode: s.facts.regionCode,
    parkIds: s.facts.parkIds,
    sizeClass: s.facts.sizeClass,
    specialisedTier: s.facts.badge,
    averageRating: s.averageRating,
    ratingCount: s.ratingCount,
    categories: [...s.capabilities.categories],
    processes: [...s.capabilities.processes],
    certifications: [...s.capabilities.certifications],
    listings: s.capabilities.listings.slice(0, 5),
  };
}

/** GET /suppliers: the public supplier directory. */
@Injectable()
export class SearchSuppliersUseCase {
  constructor(
    private readonly engines: SearchEngines,
    private readonly deals: DealFacts,
  ) {}

  /**
   * Enterprises, not listings: each verified enterprise is one document of the directory
   * (what its public listings say it can do, and its profile), searched on the configured
   * engine with every filter applied by the engine, so the total and the pages are exact.
   * A rating floor is resolved from the reviews first (search never reads deals).
   */
  async execute(_actor: Actor | undefined, query: SupplierQuery) {
    // Words, region, park and certifications are read as listing search reads them (4xx on bad input).
    const parsed = parseSearchQuery(
      { q: query.q, region: query.region, park: query.park, certifications: query.certifications },
      [],
    );
    let ids: string[] | undefined;
    if (query.minRating !== undefined && query.minRating > 0) {
      ids = await this.deals.providersRatedAtLeast(query.minRating);
      if (ids.length === 0) {
        const engine = this.engines.postgres.name;
        return { items: [], total: 0, page: query.page, limit: query.limit, engine };
      }
    }
    const result = await this.engines.read((engine) =>
      engine.searchSuppliers({
        q: parsed.q,
        filters: {
          region: parsed.filters.region,
          park: parsed.filters.park,
          certifications: parsed.filters.certifications,
          sizeClass: query.sizeClass,
          minTierRank: query.specialisedTier ? tierRank(query.specialisedTier) : undefined,
          ids,
        },
        page: query.page,
        limit: query.limit,
      }),
    );
    const ratings = await this.deals.providerRatings(result.hits.map((h) => h.id));
    return {
      items: result.hits.map(({ document: d }) => {
        const rating = ratings.get(d.id);
        return {
          organizationId: d.id,
          name: d.name,
          nameEn: d.nameEn,
          description: d.description,
          regionCode: d.regionCode,
          parkIds: d.parkIds,
          sizeClass: d.sizeClass as SizeClass | null,
          specialisedTier: d.specialisedTier,
          averageRating: rating?.averageRating ?? null,
          ratingCount: rating?.count ?? 0,
          categories: d.categories,
          processes: d.processes,
          certifications: d.certifications,
          listings: d.listings,
          listingCount: d.listingCount,
        };
      }),
      total: result.total,
      page: query.page,
      limit: query.limit,
      engine: result.engine,
    };
  }
}

const TIER_SCORE: Record<BadgeTier, number> = { innovative_sme: 0.4, provincial: 0.7, little_giant: 1 };
const PROXIMITY_SCORE: Record<string, number> = {
  same_county: 1,
  same_city: 0.8,
  same_province: 0.5,
  other_province: 0.1,
  unknown: 0,
};

/**
 * GET /rfqs/:id/suggested-suppliers: enterprises whose listings offer the RFQ's process
 * (or category), ranked by how well they fit it, each with its reasons. The buyer then
 * invites them in one step (POST /rfqs/:id/invitations).
 */
@Injectable()
export class SuggestSuppliersUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
    private readonly finder: SupplierFinder,
  ) {}

  async execute(actor: Actor, id: string, limit = 20) {
    const rfq = await this.parties.asBuyer(this.uow.db, actor, id);
    const invited = new Set(await this.rfqs.invitedIds(this.uow.db, id));
    // The process says what is to be done; without one, the materials.
    const wanted = rfq.process ?? rfq.materials.join(' ');
    const byText = wanted ? await this.finder.find(actor, { q: wanted, kind: 'capacity' }) : undefined;
    const byCategory = await this.finder.find(actor, { category: rfq.category, kind: 'capacity' });
    const seen = new Map<string, { supplier: FoundSupplier; textRank: number | null; inCategory: boolean }>();
    byText?.suppliers.forEach((s, i) => seen.set(s.facts.id, { supplier: s, textRank: i, inCategory: false }));
    for (const s of byCategory.suppliers) {
      const entry = seen.get(s.facts.id);
      if (entry) entry.inCategory = true;
      else seen.set(s.facts.id, { supplier: s, textRank: null, inCategory: true });
    }
    const scored = [...seen.values()]
      .filter(({ supplier }) => supplier.facts.id !== rfq.organizationId)
      .map(({ supplier, textRank, inCategory }) => {
        const held = supplier.capabilities.certifications;
        const missing = rfq.certifications.filter((c) => !held.has(c));
        const proximity = regionProximity(supplier.facts.regionCode, rfq.deliveryRegionCode);
        const parts = {
          process: textRank === null ? 0 : 1 / (1 + textRank / 5),
          category: inCategory ? 1 : 0,
          certifications: rfq.certifications.length === 0 ? 1 : 1 - missing.length / rfq.certifications.length,
          region: PROXIMITY_SCORE[proximity],
          specialised: supplier.facts.badge ? TIER_SCORE[supplier.facts.badge] : 0,
          rating: supplier.averageRating === null ? 0 : supplier.averageRating / 5,
        };
        const weights = {
          process: 0.3,
          category: 0.2,
          certifications: 0.2,
          region: 0.15,
          specialised: 0.1,
          rating: 0.05,
        };
        const reasons = (Object.keys(parts) as (keyof typeof parts)[])
          .filter((k) => parts[k] > 0)
          .map((factor) => ({
            factor,
            contribution: Math.round(parts[factor] * weights[factor] * 1000) / 1000,
            ...(factor === 'process' && { matched: wanted }),
            ...(factor === 'category' && { category: rfq.category }),
            ...(factor === 'certifications' && { missing }),
            ...(factor === 'region' && { proximity }),
            ...(factor === 'specialised' && { tier: supplier.facts.badge }),
            ...(factor === 'rating' && { averageRating: supplier.averageRating, count: supplier.ratingCount }),
          }));
        const score = reasons.reduce((sum, r) => sum + r.contribution, 0);
        return {
          ...supplierView(supplier),
          invited: invited.has(supplier.facts.id),
          score: Math.round(score * 1000) / 1000,
          reasons,
        };
      })
      .sort((a, b) => b.score - a.score || a.organizationId.localeCompare(b.organizationId));
    return { items: scored.slice(0, limit) };
  }
}
