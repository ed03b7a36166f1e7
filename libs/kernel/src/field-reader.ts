import type { DomainError, FieldViolation } from './domain-error';

/** What a reader returns for a value it refused (the violation is already recorded). */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;
export type Checked<T> = T | Invalid;
type Resolved<T> = { [K in keyof T]: Exclude<T[K], Invalid> };

export type Reader<T> = (value: unknown, field: string) => Checked<T>;

export interface NumberRule {
  /** A whole number (a safe integer). */
  integer?: boolean;
  min?: number;
  /** Exclusive lower bound. */
  above?: number;
  max?: number;
}

const MAX_TEXT = 200;
const MAX_ITEMS = 50;

/**
 * Reads an untrusted JSON body field by field, recording every violation under its
 * dotted path instead of stopping at the first, so one 422 names every bad field. Each
 * context reads its bodies with one, and says which error a refused body raises
 * (`toError`: LISTING_INVALID, DEAL_INVALID, DEMAND_INVALID …); the messages are the
 * violation catalog's keys (libs/platform/src/errors/messages/violations.ts).
 */
export class FieldReader {
  readonly violations: FieldViolation[] = [];

  constructor(private readonly toError: (violations: FieldViolation[]) => DomainError) {}

  /** Records a violation; `code` names the business rule that failed, when one did. */
  fail(field: string, message: string, code?: string): Invalid {
    this.violations.push(code === undefined ? { field, message } : { field, message, code });
    return INVALID;
  }

  /** The object's own fields; any field not in `known` is a violation (typos don't pass silently). */
  object(value: unknown, field: string, known: readonly string[]): Checked<Record<string, unknown>> {
    if (value === undefined || value === null) return this.fail(field, 'is required');
    if (typeof value !== 'object' || Array.isArray(value)) {
      return this.fail(field, 'must be an object');
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) this.fail(`${field}.${key}`, 'is not a known field');
    }
    return record;
  }

  /** A required, non-blank string, trimmed. */
  text(value: unknown, field: string, maxLength = MAX_TEXT): Checked<string> {
    if (value === undefined || value === null) return this.fail(field, 'is required');
    if (typeof value !== 'string') return this.fail(field, 'must be a string');
    const text = value.trim();
    if (text === '') return this.fail(field, 'must not be blank');
    if (text.length > maxLength) return this.fail(field, `must be at most ${maxLength} characters`);
    return text;
  }

  /** Absent or null is null; else a text of at most `maxLength` characters, trimmed, and null when blank. */
  note(value: unknown, field: string, maxLength: number): Checked<string | null> {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string' || value.length > maxLength) {
      return this.fail(field, `must be a text of at most ${maxLength} characters`);
    }
    return value.trim() || null;
  }

  number(value: unknown, field: string, rule: NumberRule = {}): Checked<number> {
    if (value === undefined || value === null) return this.fail(field, 'is required');
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(field, 'must be a number');
    }
    if (rule.integer && !Number.isSafeInteger(value)) {
      return this.fail(field, 'must be a whole number');
    }
    if (rule.above !== undefined && !(value > rule.above)) {
      return this.fail(field, `must be greater than ${rule.above}`);
    }
    if (rule.min !== undefined && value < rule.min) {
      return this.fail(field, `must be at least ${rule.min}`);
    }
    if (rule.max !== undefined && value > rule.max) {
      return this.fail(field, `must be at most ${rule.max}`);
    }
    return value;
  }

  /** An amount of money: a non-negative whole number of fen. */
  fen(value: unknown, field: string): Checked<number> {
    return isFen(value) ? value : this.fail(field, 'must be a non-negative whole number of fen (1 yuan = 100 fen)');
  }

  boolean(value: unknown, field: string): Checked<boolean> {
    if (value === undefined || value === null) return this.fail(field, 'is required');
    return typeof value === 'boolean' ? value : this.fail(field, 'must be true or false');
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): Checked<T> {
    if (value === undefined || value === null) return this.fail(field, 'is required');
    return (allowed as readonly unknown[]).includes(value)
      ? (value as T)
      : this.fail(field, `must be one of ${allowed.join(', ')}`);
  }

  /** An array read item by item (paths `field.0`, `field.1` …). */
  list<T>(
    value: unknown,
    field: string,
    item: Reader<T>,
    { minItems = 0, maxItems = MAX_ITEMS }: { minItems?: number; maxItems?: number } = {},
  ): Checked<T[]> {
    if (value === undefined || value === null) return this.fail(field, 'is required');
    if (!Array.isArray(value)) return this.fail(field, 'must be an array');
    if (value.length < minItems) {
      return this.fail(field, minItems === 1 ? 'must not be empty' : `needs at least ${minItems} items`);
    }
    if (value.length > maxItems) return this.fail(field, `must have at most ${maxItems} items`);
    const items = value.map((v: unknown, i) => item(v, `${field}.${i}`));
    return items.some((i) => i === INVALID) ? INVALID : (items as T[]);
  }

  /** A list of distinct values from `allowed`, in the order given, duplicates dropped. */
  setOf<T extends string>(
    value: unknown,
    field: string,
    allowed: readonly T[],
    { nonEmpty = false } = {},
  ): Checked<T[]> {
    const items = this.list(value, field, (v, f) => this.oneOf(v, f, allowed), {
      minItems: nonEmpty ? 1 : 0,
      maxItems: allowed.length * 2,
    });
    return items === INVALID ? INVALID : [...new Set(items)];
  }

  /** A list of non-blank strings, trimmed, duplicates dropped. */
  texts(value: unknown, field: string, map: (text: string) => string = (t) => t): Checked<string[]> {
    const items = this.list(value, field, (v, f) => this.text(v, f));
    return items === INVALID ? INVALID : [...new Set(items.map(map))];
  }

  /** Absent (undefined) takes the default; anything else must pass `read`. */
  orDefault<T, D>(value: unknown, fallback: D, read: (value: unknown) => Checked<T>): Checked<T> | D {
    return value === undefined ? fallback : read(value);
  }

  /** Absent or null is null (not stated); anything else must pass `read`. */
  orNull<T>(value: unknown, read: (value: unknown) => Checked<T>): Checked<T> | null {
    return value === undefined || value === null ? null : read(value);
  }

  /** The fields, if every one was read; INVALID if any was refused. */
  // `const T`: in a mutable object literal TypeScript widens `typeof INVALID` to `symbol`.
  all<const T extends Record<string, unknown>>(fields: T): Checked<Resolved<T>> {
    return Object.values(fields).includes(INVALID) ? INVALID : (fields as Resolved<T>);
  }

  /** The result, or the error for everything refused if anything was. */
  finish<T>(result: Checked<T>): T {
    if (this.violations.length === 0 && result !== INVALID) return result;
    throw this.toError(this.violations);
  }

  /** Gives up now (the body's shape leaves nothing more to read), with what was refused so far. */
  abort(): never {
    throw this.toError(this.violations);
  }
}

/** A non-negative whole number of fen (what every amount of money is held in). */
export function isFen(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
