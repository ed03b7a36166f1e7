import { type FieldViolation, RequestValidationError } from '@rongtong/kernel';
import type { RawSearchParams } from './search-query.parse';

type Reader = (value: string, field: string, fail: (message: string) => void) => unknown;

const text =
  (maxLength: number): Reader =>
  (value, _field, fail) =>
    value.length > maxLength ? fail(`must be at most ${maxLength} characters`) : value;

const number =
  ({ integer = false, min = -Infinity, max = Infinity } = {}): Reader =>
  (value, _field, fail) => {
    const n = value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      return fail(integer ? 'must be a whole number' : 'must be a number');
    }
    if (n < min || n > max) return fail(`must be between ${min} and ${max}`);
    return n;
  };

const boolean: Reader = (value, _field, fail) =>
  value === 'true' ? true : value === 'false' ? false : fail('must be true or false');

/** Every parameter of `GET /search/listings` and how its text is read. */
const READERS: Record<keyof RawSearchParams, Reader> = {
  q: text(2000),
  kind: text(40),
  category: text(200),
  region: text(12),
  park: text(64),
  // Bounded where they enter: 1e30 is an integer to JavaScript, not to PostgreSQL's bigint.
  priceMin: number({ integer: true, min: 0, max: Number.MAX_SAFE_INTEGER }),
  priceMax: number({ integer: true, min: 0, max: Number.MAX_SAFE_INTEGER }),
  certifications: text(1000),
  serviceMode: text(40),
  patentType: text(40),
  licenceType: text(40),
  openLicence: boolean,
  sort: text(40),
  lat: number({ min: -90, max: 90 }),
  lon: number({ min: -180, max: 180 }),
  radiusKm: number({ min: 0, max: 5000 }),
  page: number({ integer: true, min: 1, max: 1_000_000 }),
  limit: number({ integer: true, min: 1, max: 100 }),
  freeHours: number(),
  freeFrom: text(40),
  freeTo: text(40),
};

/**
 * The shapes of a search's query string (400 `VALIDATION_FAILED`, every violation at
 * once): known parameters only, one value each (certifications may repeat), numbers that
 * are numbers. What the values mean is `parseSearchQuery`'s business (422). Synchronous
 * and allocation-light: it runs on every search.
 */
export function readSearchParams(query: Record<string, unknown>): RawSearchParams {
  const violations: FieldViolation[] = [];
  const params: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(query)) {
    const reader = READERS[field as keyof RawSearchParams];
    if (!reader) {
      violations.push({ field, message: 'is not a search parameter' });
      continue;
    }
    const fail = (message: string) => {
      violations.push({ field, message });
      return undefined;
    };
    if (Array.isArray(raw)) {
      if (field !== 'certifications') {
        fail('must be given once');
        continue;
      }
      const values = raw.map((v) => reader(String(v), field, fail));
      if (values.every((v) => v !== undefined)) params[field] = values;
      continue;
    }
    if (typeof raw !== 'string') {
      fail('must be text');
      continue;
    }
    const value = reader(raw, field, fail);
    if (value !== undefined) params[field] = value;
  }
  if (violations.length) throw new RequestValidationError(violations);
  return params;
}
