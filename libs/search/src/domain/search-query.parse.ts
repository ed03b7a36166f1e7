import { assertKnownRegionPrefix, FieldValidationError, type FieldViolation, readQueryInstant } from '@rongtong/kernel';
import {
  canonicalCertification,
  findCategory,
  FREE_TIME_HORIZON_DAYS,
  LISTING_KINDS,
  type ListingKind,
  PATENT_TYPES,
  SERVICE_MODES,
  TRANSACTION_TYPES,
} from '@rongtong/listings';
import { SORTS, type SearchQuery, type SearchSort } from './search-query';

export const MAX_QUERY_LENGTH = 200;
export const MAX_RESULT_WINDOW = 1_000;
/** "Free for N hours": at most the free-time horizon, in hours. */
export const MAX_FREE_HOURS = FREE_TIME_HORIZON_DAYS * 24;
const DAY_MS = 24 * 3_600_000;

export class SearchQueryInvalidError extends FieldValidationError {
  readonly code = 'SEARCH_QUERY_INVALID';
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
  /** With freeFrom and freeTo: equipment free for this many hours in one stretch between them. */
  freeHours?: number;
  freeFrom?: string;
  freeTo?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates search parameters into a query; unknown values are named in a 422. */
export function parseSearchQuery(raw: RawSearchParams, viewerParkIds: string[], now = new Date()): SearchQuery {
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
      freeTime: readFreeTime(raw, now, fail),
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
  assertKnownRegionPrefix(raw.region, 'region');
  return query;
}

/**
 * "Free for N hours between X and Y": freeHours, freeFrom and freeTo go together; the
 * window is at most the free-time horizon long and ends within it (free time is known
 * that far ahead).
 */
function readFreeTime(
  raw: RawSearchParams,
  now: Date,
  fail: (field: string, message: string) => void,
): SearchQuery['filters']['freeTime'] {
  const given = (['freeHours', 'freeFrom', 'freeTo'] as const).filter((field) => raw[field] !== undefined);
  if (given.length === 0) return undefined;
  if (given.length < 3) {
    for (const field of ['freeHours', 'freeFrom', 'freeTo'] as const) {
      if (raw[field] === undefined) fail(field, 'freeHours, freeFrom and freeTo go together');
    }
    return undefined;
  }
  const violations: FieldViolation[] = [];
  const hours = raw.freeHours!;
  const hoursValid = Number.isFinite(hours) && hours > 0 && hours <= MAX_FREE_HOURS;
  if (!hoursValid) {
    violations.push({ field: 'freeHours', message: `must be more than 0 and at most ${MAX_FREE_HOURS} hours` });
  }
  const from = readQueryInstant(raw.freeFrom, 'freeFrom', violations);
  const to = readQueryInstant(raw.freeTo, 'freeTo', violations);
  if (from && to) {
    const horizon = new Date(now.getTime() + FREE_TIME_HORIZON_DAYS * DAY_MS);
    const windowMs = to.getTime() - from.getTime();
    if (windowMs <= 0) violations.push({ field: 'freeTo', message: 'must be after freeFrom' });
    else if (windowMs > FREE_TIME_HORIZON_DAYS * DAY_MS) {
      violations.push({ field: 'freeTo', message: `must be at most ${FREE_TIME_HORIZON_DAYS} days after freeFrom` });
    } else if (to > horizon) {
      violations.push({
        field: 'freeTo',
        message: `free time is known ${FREE_TIME_HORIZON_DAYS} days ahead: must be at most ${horizon.toISOString()}`,
      });
    } else if (hoursValid && hours * 3_600_000 > windowMs) {
      violations.push({ field: 'freeHours', message: 'must fit between freeFrom and freeTo' });
    }
  }
  for (const v of violations) fail(v.field, v.message);
  return violations.length === 0 && from && to ? { from, to, minutes: Math.ceil(hours * 60) } : undefined;
}
