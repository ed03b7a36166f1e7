import type { SearchDocument } from '../../domain/search-document';

/**
 * A search document as the Meilisearch index stores it: the domain document plus the
 * fields Meilisearch needs in its own shape. Meilisearch has no prefix filter, so every
 * region prefix a buyer can filter by is stored; `_geo` is its reserved geo field; a
 * numeric publication time sorts regardless of how the ISO string was written.
 */
export type MeiliDocument = Omit<SearchDocument, 'geo'> & {
  regionPrefixes: string[];
  _geo: { lat: number; lng: number } | null;
  publishedAtTs: number;
};

export function meiliDocument(doc: SearchDocument): MeiliDocument {
  const { geo, ...rest } = doc;
  const publishedAtTs = Date.parse(doc.publishedAt);
  if (Number.isNaN(publishedAtTs)) {
    throw new Error(`Search document ${doc.id} has an unreadable publishedAt: ${doc.publishedAt}`);
  }
  return {
    ...rest,
    regionPrefixes: regionPrefixes(doc.regionCode),
    _geo: geo ? { lat: geo.lat, lng: geo.lng } : null,
    publishedAtTs,
  };
}

/** The province, city and district prefixes of a region code: `320594` → `32`, `3205`, `320594`. */
export function regionPrefixes(regionCode: string): string[] {
  const prefixes: string[] = [];
  for (let length = 2; length < regionCode.length; length += 2) prefixes.push(regionCode.slice(0, length));
  if (regionCode) prefixes.push(regionCode);
  return prefixes;
}

/**
 * The domain document back from a stored one or a hit. Fields are named one by one so
 * that Meilisearch's extras (`_formatted`, `_rankingScore`, `_geoDistance` …) and ours
 * never leak out, and the compiler flags a field added to `SearchDocument` but not here.
 */
export function searchDocumentFrom(stored: MeiliDocument): SearchDocument {
  return {
    id: stored.id,
    kind: stored.kind,
    title: stored.title,
    titleEn: stored.titleEn,
    description: stored.description,
    descriptionEn: stored.descriptionEn,
    tags: stored.tags,
    category: stored.category,
    categoryEn: stored.categoryEn,
    categorySlug: stored.categorySlug,
    provider: { id: stored.provider.id, name: stored.provider.name, verified: stored.provider.verified },
    regionCode: stored.regionCode,
    regionNames: stored.regionNames,
    parkIds: stored.parkIds,
    visibility: stored.visibility,
    priceFen: stored.priceFen,
    priceUnit: stored.priceUnit,
    certifications: stored.certifications,
    serviceModes: stored.serviceModes,
    patentType: stored.patentType,
    transactionTypes: stored.transactionTypes,
    openLicence: stored.openLicence,
    detailsText: stored.detailsText,
    geo: stored._geo ? { lat: stored._geo.lat, lng: stored._geo.lng } : null,
    publishedAt: stored.publishedAt,
    updatedAt: stored.updatedAt,
  };
}
