import type { Settings } from 'meilisearch';
import {
  SUPPLIER_HIT_FIELDS,
  type SupplierDocument,
  type SupplierHitDocument,
  type SupplierSearchQuery,
} from '../../domain/supplier-document';
import { regionPrefixes } from './meili-document';
import { quoted } from './meili-filters';
import { meiliSettings } from './meili-settings';

/** A supplier document as the Meilisearch `suppliers` index holds it: with its region's prefixes, for filters. */
export type MeiliSupplierDocument = SupplierDocument & { regionPrefixes: string[] };

export function meiliSupplierDocument(doc: SupplierDocument): MeiliSupplierDocument {
  return { ...doc, regionPrefixes: doc.regionCode ? regionPrefixes(doc.regionCode) : [] };
}

/** A hit as the directory returns it: the fields asked for, nothing Meilisearch adds. */
export function supplierDocumentFrom(hit: Record<string, unknown>): SupplierHitDocument {
  return Object.fromEntries(SUPPLIER_HIT_FIELDS.map((field) => [field, hit[field]])) as unknown as SupplierHitDocument;
}

/** Ordered as the PostgreSQL weights: capabilities > certifications, industry, name > descriptions > places. */
export const SUPPLIER_SEARCHABLE_ATTRIBUTES = [
  'processes',
  'categories',
  'listingText',
  'certifications',
  'industry',
  'name',
  'nameEn',
  'description',
  'listingDescriptions',
  'regionNames',
] as const;

/**
 * The `suppliers` index settings: the listings' synonyms and typo rules, its own fields;
 * the sort (tier, then number of listings) breaks ties last, as on PostgreSQL.
 */
export function meiliSupplierSettings(): Settings {
  const listings = meiliSettings();
  return {
    searchableAttributes: [...SUPPLIER_SEARCHABLE_ATTRIBUTES],
    displayedAttributes: ['*'],
    filterableAttributes: ['id', 'regionPrefixes', 'parkIds', 'certifications', 'sizeClass', 'tierRank'],
    sortableAttributes: ['tierRank', 'listingCount'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
    distinctAttribute: null,
    stopWords: [],
    synonyms: listings.synonyms,
    typoTolerance: listings.typoTolerance,
    pagination: listings.pagination,
  };
}

/** The filter of a directory query, groups that must all hold (as `meiliFilter`). */
export function meiliSupplierFilter(query: SupplierSearchQuery): string[][] {
  const f = query.filters;
  const groups: string[][] = [];
  if (f.region) groups.push([`regionPrefixes = ${quoted(f.region)}`]);
  if (f.park) groups.push([`parkIds = ${quoted(f.park)}`]);
  for (const certification of new Set(f.certifications ?? []))
    groups.push([`certifications = ${quoted(certification)}`]);
  if (f.sizeClass) groups.push([`sizeClass = ${quoted(f.sizeClass)}`]);
  if (f.minTierRank) groups.push([`tierRank >= ${Math.trunc(f.minTierRank)}`]);
  if (f.ids) groups.push([`id IN [${[...new Set(f.ids)].map(quoted).join(', ')}]`]);
  return groups;
}

export function meiliSupplierSearchParams(query: SupplierSearchQuery) {
  return {
    filter: meiliSupplierFilter(query),
    attributesToRetrieve: [...SUPPLIER_HIT_FIELDS],
    sort: ['tierRank:desc', 'listingCount:desc'],
    // Page-numbered, so Meilisearch counts the matches exactly (totalHits).
    page: query.page,
    hitsPerPage: query.limit,
    showRankingScore: true,
  };
}
