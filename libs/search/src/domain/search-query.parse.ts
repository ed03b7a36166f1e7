import { DomainError, type FieldViolation } from '@rongtong/kernel';
import {
  canonicalCertification,
  findCategory,
  LISTING_KINDS,
  type ListingKind,
  PATENT_TYPES,
  SERVICE_MODES,
  TRANSACTION_TYPES,
} from '@rongtong/listings';
import { SORTS, type SearchQuery, type SearchSort } from './search-query';

export const MAX_QUERY_LENGTH = 200;
export const MAX_RESULT_WINDOW = 1_000;

export class SearchQueryInvalidError extends DomainError {
  readonly code = 'SEARCH_QUERY_INVALID';
  readonly kind = 'unprocessable';

  constructor(readonly violations: FieldViolation[]) {
    super(violations.map((v) => `${v.field}: ${v.message}`).join('; '), { errors: violations });
  }
}

export interface RawSearchParams {
  q?: string;
  kind?: string;
  category?: string;
  region?: string;
  park?: string;
  priceMin?: number;
  priceMax?: number;
  certifications?: string | string[];
  serviceMode?: string;
  patentType?: string;
  licenceType?: string;
  openLicence?: boolean;
  sort?: string;
  lat?: number;
  lon?: number;
  radiusKm?: number;
  page?: number;
  limit?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates search parameters into a query; unknown values are named in a 422. */
export function parseSearchQuery(raw: RawSearchParams, viewerParkIds: string[]): SearchQuery {
  const errors: FieldViolation[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  const oneOf = <T extends string>(field: string, value: string | undefined, allowed: readonly T[]): T | undefined => {
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    fail(field, `unknown value '${value}': one of ${allowed.join(', ')}`);
    return undefined;
  };

  const q = (raw.q ?? '').trim();
  if ([...q].length > MAX_QUERY_LENGTH) fail('q', `must be at most ${MAX_QUERY_LENGTH} characters`);
  const kind = oneOf<ListingKind>('kind', raw.kind, LISTING_KINDS);
  let category: string | undefined;
  if (raw.category !== undefined) {
    const kinds = kind ? [kind] : LISTING_KINDS;
    const found = kinds.map((k) => findCategory(k, raw.category!)).find(Boolean);
    if (found) category = found.slug;
    else fail('category', `unknown category '${raw.category}'`);
  }
  if (raw.region !== undefined && !/^\d{2}(\d{2}(\d{2})?)?$/.test(raw.region)) {
    fail('region', 'must be 2, 4 or 6 digits of a region code (32 Jiangsu, 3205 Suzhou)');
  }
  if (raw.park !== undefined && !UUID.test(raw.park)) fail('park', 'must be a park id');
  if (raw.priceMin !== undefined && raw.priceMax !== undefined && raw.priceMin > raw.priceMax) {
    fail('priceMax', 'must not be below priceMin');
  }
  const certifications = (
    Array.isArray(raw.certifications) ? raw.certifications : raw.certifications ? raw.certifications.split(',') : []
  )
    .map((c) => c.trim())
    .filter(Boolean)
    .map(canonicalCertification);
  const sort = oneOf<SearchSort>('sort', raw.sort, SORTS) ?? 'relevance';
  const hasPoint = raw.lat !== undefined || raw.lon !== undefined;
  if (hasPoint && (raw.lat === undefined || raw.lon === undefined)) fail('lat', 'lat and lon go together');
  if ((sort === 'distance' || raw.radiusKm !== undefined) && !hasPoint) fail('lat', 'distance needs lat and lon');
  const page = raw.page ?? 1;
  const limit = raw.limit ?? 20;
  if ((page - 1) * limit >= MAX_RESULT_WINDOW) {
    fail('page', `results past the ${MAX_RESULT_WINDOW}th are not served: narrow the search`);
  }

  const query: SearchQuery = {
    q,
    filters: {
      kind,
      category,
      region: raw.region,
      park: raw.park,
      priceMin: raw.priceMin,
      priceMax: raw.priceMax,
      certifications: certifications.length ? certifications : undefined,
      serviceMode: oneOf('serviceMode', raw.serviceMode, SERVICE_MODES),
      patentType: oneOf('patentType', raw.patentType, PATENT_TYPES),
      licenceType: oneOf('licenceType', raw.licenceType, TRANSACTION_TYPES),
      openLicence: raw.openLicence,
    },
    sort,
    near:
      hasPoint && raw.lat !== undefined && raw.lon !== undefined
        ? { lat: raw.lat, lng: raw.lon, radiusKm: raw.radiusKm }
        : undefined,
    page,
    limit,
    viewerParkIds,
  };
  if (errors.length) throw new SearchQueryInvalidError(errors);
  return query;
}
