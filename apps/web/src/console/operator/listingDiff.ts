/** One field a pending revision changes: its path (`title`, `details.model`) and both values. */
export interface FieldChange {
  field: string;
  /** Under `details` (the kind's own fields), else a common field. */
  inDetails: boolean;
  before: unknown;
  after: unknown;
}

/** The common fields a revision carries, in the order the listing form shows them. */
const COMMON = [
  'title',
  'titleEn',
  'description',
  'descriptionEn',
  'tags',
  'category',
  'industryDivision',
  'regionCode',
  'address',
  'latitude',
  'longitude',
  'priceFen',
  'priceUnit',
  'visibility',
  'parkId',
] as const;
export type CommonField = (typeof COMMON)[number];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Equal as JSON values, whatever order an object's keys came in. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * What a pending revision changes in a live listing, field by field: the common fields,
 * then each of the kind's details (one level deep: a booking rule or the licence terms
 * compare as a whole). Fields the revision leaves out are not changes.
 */
export function listingDiff(live: object, revision: Record<string, unknown>): FieldChange[] {
  const current = live as Record<string, unknown>;
  const changes: FieldChange[] = [];
  for (const field of COMMON) {
    if (!(field in revision)) continue;
    if (!sameValue(current[field], revision[field])) {
      changes.push({ field, inDetails: false, before: current[field] ?? null, after: revision[field] ?? null });
    }
  }
  const before = isObject(current.details) ? current.details : {};
  const after = isObject(revision.details) ? revision.details : undefined;
  if (after) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      if (!sameValue(before[key], after[key])) {
        changes.push({ field: key, inDetails: true, before: before[key] ?? null, after: after[key] ?? null });
      }
    }
  }
  return changes;
}

/** A value as one line of text for the difference table. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return value.map((v) => String(v)).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
