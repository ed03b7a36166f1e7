import { assertNever } from '@rongtong/kernel';
import type { SearchQuery } from '../../domain/search-query';

/**
 * The Meilisearch filter for a query: an array of groups that must all hold, each group a
 * list of conditions of which one must hold. Visibility is always the first group.
 */
export function meiliFilter(query: SearchQuery): string[][] {
  const { filters, near } = query;
  const groups: string[][] = [visibility(query.viewerParkIds)];
  const equals = (attribute: string, value: string | undefined): void => {
    if (value) groups.push([`${attribute} = ${quoted(value)}`]);
  };

  equals('kind', filters.kind);
  if (filters.category) {
    groups.push([`category = ${quoted(filters.category)}`, `categorySlug = ${quoted(filters.category)}`]);
  }
  // Every region prefix is stored on the document, so a prefix filter is an equality.
  equals('regionPrefixes', filters.region);
  equals('parkIds', filters.park);
  if (isFiniteNumber(filters.priceMin)) groups.push([`priceFen >= ${filters.priceMin}`]);
  if (isFiniteNumber(filters.priceMax)) groups.push([`priceFen <= ${filters.priceMax}`]);
  for (const certification of new Set(filters.certifications ?? [])) equals('certifications', certification);
  equals('serviceModes', filters.serviceMode);
  equals('patentType', filters.patentType);
  equals('transactionTypes', filters.licenceType);
  if (filters.openLicence !== undefined) groups.push([`openLicence = ${filters.openLicence}`]);
  if (filters.ids) groups.push([`id IN [${[...new Set(filters.ids)].map(quoted).join(', ')}]`]);
  if (near && isFiniteNumber(near.radiusKm) && isFiniteNumber(near.lat) && isFiniteNumber(near.lng)) {
    groups.push([`_geoRadius(${near.lat}, ${near.lng}, ${Math.round(near.radiusKm * 1000)})`]);
  }
  return groups;
}

/** Meilisearch sort expressions for a query; empty for relevance, and for distance without a point. */
export function meiliSort(query: SearchQuery): string[] {
  switch (query.sort) {
    case 'relevance':
      return [];
    case 'price_asc':
      return ['priceFen:asc'];
    case 'price_desc':
      return ['priceFen:desc'];
    case 'newest':
      return ['publishedAtTs:desc'];
    case 'distance':
      return query.near && isFiniteNumber(query.near.lat) && isFiniteNumber(query.near.lng)
        ? [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`]
        : [];
    default:
      return assertNever(query.sort, 'search sort');
  }
}

/** A value as a double-quoted filter string, its backslashes and quotes escaped. */
export function quoted(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/** Public listings, and park-only listings of the viewer's parks. */
function visibility(viewerParkIds: readonly string[]): string[] {
  const parks = [...new Set(viewerParkIds)].filter(Boolean);
  const group = ['visibility = "public"'];
  if (parks.length > 0) group.push(`parkIds IN [${parks.map(quoted).join(', ')}]`);
  return group;
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
