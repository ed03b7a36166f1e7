import { BADGE_TIERS, type BadgeTier, findIndustry } from '@rongtong/identity';
import { regionNames } from './regions';
import type { SearchDocument } from './search-document';

/**
 * A verified enterprise as the supplier directory finds it: one document per enterprise
 * (not per listing), what it can do taken from its public capacity and equipment listings
 * and its profile. Built by the pure `toSupplierDocument`; both engines index it.
 */
export interface SupplierDocument {
  id: string;
  name: string;
  nameEn: string | null;
  /** The profile's description, in its own words. */
  description: string | null;
  /** GB/T 4754 section and division names, Chinese and English. */
  industry: string[];
  regionCode: string | null;
  regionNames: string[];
  parkIds: string[];
  sizeClass: string | null;
  specialisedTier: BadgeTier | null;
  /** 0 without a tier, then innovative_sme 1, provincial 2, little_giant 3: "at least" filters compare it. */
  tierRank: number;
  /** Category names (Chinese and English) of its listings. */
  categories: string[];
  /** Processes, materials, makes and models its listings name. */
  processes: string[];
  certifications: string[];
  /** Titles (Chinese and English) and tags of its listings. */
  listingText: string[];
  /** Descriptions of its listings. */
  listingDescriptions: string[];
  /** Its newest listings, to show. */
  listings: Array<{ id: string; title: string; kind: string }>;
  listingCount: number;
  updatedAt: string;
}

/** What the directory knows of an enterprise's profile (identity's facts and its own words). */
export interface SupplierProfile {
  id: string;
  name: string;
  nameEn: string | null;
  description: string | null;
  industrySection: string | null;
  industryDivision: string | null;
  regionCode: string | null;
  parkIds: string[];
  sizeClass: string | null;
  badge: BadgeTier | null;
  updatedAt: Date;
}

/** How many listings a supplier document shows. */
const LISTINGS_SHOWN = 5;

export function tierRank(tier: BadgeTier | null): number {
  return tier === null ? 0 : BADGE_TIERS.indexOf(tier) + 1;
}

const unique = (values: Array<string | null | undefined>) => [
  ...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim() !== '')),
];

/**
 * An enterprise and its published listings as the directory indexes them. Only public
 * capacity and equipment listings speak for it: park-only text is not for everyone, and
 * patents are not supply capability. Pure.
 */
export function toSupplierDocument(profile: SupplierProfile, listings: readonly SearchDocument[]): SupplierDocument {
  const own = listings
    .filter((l) => l.visibility === 'public' && l.kind !== 'ip')
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  const industries = [profile.industrySection, profile.industryDivision]
    .filter((code): code is string => code !== null)
    .map((code) => findIndustry(code))
    .flatMap((industry) => (industry ? [industry.nameZh, industry.nameEn] : []));
  const updated = [profile.updatedAt.toISOString(), ...own.map((l) => l.updatedAt)].sort().at(-1)!;
  return {
    id: profile.id,
    name: profile.name,
    nameEn: profile.nameEn,
    description: profile.description?.trim() || null,
    industry: unique(industries),
    regionCode: profile.regionCode,
    regionNames: profile.regionCode ? regionNames(profile.regionCode) : [],
    parkIds: [...profile.parkIds].sort(),
    sizeClass: profile.sizeClass,
    specialisedTier: profile.badge,
    tierRank: tierRank(profile.badge),
    categories: unique(own.flatMap((l) => [l.category, l.categoryEn])),
    processes: unique(own.flatMap((l) => l.detailsText)),
    certifications: unique(own.flatMap((l) => l.certifications)).sort(),
    listingText: unique(own.flatMap((l) => [l.title, l.titleEn, ...l.tags])),
    listingDescriptions: unique(own.flatMap((l) => [l.description, l.descriptionEn])),
    listings: own.slice(0, LISTINGS_SHOWN).map((l) => ({ id: l.id, title: l.title, kind: l.kind })),
    listingCount: own.length,
    updatedAt: updated,
  };
}

/** A directory query: words and filters, already checked. */
export interface SupplierSearchQuery {
  q: string;
  filters: {
    /** A prefix of the region code. */
    region?: string;
    park?: string;
    /** Every one must be held. */
    certifications?: string[];
    sizeClass?: string;
    /** At least this tier rank (1–3). */
    minTierRank?: number;
    /** Only these enterprises: what a filter resolved outside the engines (ratings). Never empty. */
    ids?: string[];
  };
  page: number;
  limit: number;
}

/** A supplier document as a search returns it: without the text only searched (titles and descriptions). */
export type SupplierHitDocument = Omit<SupplierDocument, 'listingText' | 'listingDescriptions'>;

/** The fields a search returns (`SupplierHitDocument`'s). */
export const SUPPLIER_HIT_FIELDS = [
  'id',
  'name',
  'nameEn',
  'description',
  'industry',
  'regionCode',
  'regionNames',
  'parkIds',
  'sizeClass',
  'specialisedTier',
  'tierRank',
  'categories',
  'processes',
  'certifications',
  'listings',
  'listingCount',
  'updatedAt',
] as const satisfies ReadonlyArray<keyof SupplierHitDocument>;

export interface SupplierSearchResult {
  hits: Array<{ id: string; score: number; document: SupplierHitDocument }>;
  total: number;
  engine: 'postgres' | 'meilisearch';
}
