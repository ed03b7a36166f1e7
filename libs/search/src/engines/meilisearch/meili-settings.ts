import type { Settings, Synonyms } from 'meilisearch';
import { SYNONYM_EXPANSIONS, SYNONYM_GROUPS } from '../../domain/synonyms';

/** Ordered: a match in an earlier attribute ranks higher (title > tags > category > description > provider). */
export const SEARCHABLE_ATTRIBUTES = [
  'title',
  'titleEn',
  'tags',
  'category',
  'categoryEn',
  'description',
  'descriptionEn',
  'detailsText',
  'provider.name',
  'regionNames',
] as const;

/** The facets a result counts, keyed by the name `SearchResult.facets` gives them. */
export const FACET_ATTRIBUTES = {
  kind: 'kind',
  category: 'category',
  region: 'regionCode',
  certifications: 'certifications',
} as const;

export const FILTERABLE_ATTRIBUTES = [
  // Listings a filter resolved outside the engine (free equipment time), by id.
  'id',
  'kind',
  'category',
  'categorySlug',
  'regionCode',
  'regionPrefixes',
  'parkIds',
  'visibility',
  'priceFen',
  'certifications',
  'serviceModes',
  'patentType',
  'transactionTypes',
  'openLicence',
  '_geo',
] as const;

export const SORTABLE_ATTRIBUTES = ['priceFen', 'publishedAtTs', '_geo'] as const;

/**
 * Meilisearch's default rules with `sort` moved up behind `words`: a buyer who sorts by
 * price or distance expects that order among the listings matching their words, as the
 * PostgreSQL engine's ORDER BY gives, not only among ties of typo, proximity and attribute.
 * Without a sort in the query the rule does nothing and ranking is the default one.
 */
export const RANKING_RULES = ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'] as const;

/** Page 1000 of the largest page size (100) must still be reachable. */
export const MAX_TOTAL_HITS = 100_000;

/**
 * The index settings, kept in code and applied whole at every start: applying them twice
 * changes nothing, and a setting changed by hand on the server is put back.
 */
export function meiliSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    displayedAttributes: ['*'],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    distinctAttribute: null,
    stopWords: [],
    synonyms: meiliSynonyms(SYNONYM_GROUPS, SYNONYM_EXPANSIONS),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      // Model numbers, standards and region codes must match as written.
      disableOnNumbers: true,
    },
    faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}

/**
 * Meilisearch synonyms are one-way (word → its equivalents), so each word of a group maps
 * to every other word of it and to what the group finds beyond it (`finds[i]`, the
 * glossary's narrower entries: 铸造 → 压铸, not the reverse); a word in two groups maps to
 * the members of both.
 */
export function meiliSynonyms(
  groups: readonly (readonly string[])[],
  finds: readonly (readonly string[])[] = groups,
): NonNullable<Synonyms> {
  const synonyms = new Map<string, Set<string>>();
  for (const [i, group] of groups.entries()) {
    for (const word of group) {
      const others = synonyms.get(word) ?? new Set<string>();
      for (const other of [...group, ...(finds[i] ?? [])]) if (other !== word) others.add(other);
      synonyms.set(word, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([word, others]) => [word, [...others]]));
}
