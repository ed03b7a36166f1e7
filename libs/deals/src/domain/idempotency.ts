import { createHash } from 'node:crypto';
import { DealValidationError } from './deals.errors';

const KEY = /^[\x21-\x7e]{1,255}$/;

/** An `Idempotency-Key` header: 1–255 visible ASCII characters (a UUID, typically). */
export function readIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!KEY.test(header)) {
    throw new DealValidationError([
      { field: 'Idempotency-Key', message: 'must be 1–255 visible ASCII characters, e.g. a UUID' },
    ]);
  }
  return header;
}

/** Stable under key order, so the same request always fingerprints the same. */
export function requestFingerprint(kind: string, body: unknown): string {
  return createHash('sha256')
    .update(`${kind}:${canonicalJson(body)}`)
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
