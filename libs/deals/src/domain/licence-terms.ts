import {
  type Checked,
  FieldReader,
  INVALID,
  isCalendarDate,
  isFen,
  isKnownRegionPrefix,
  monthsBetween,
  plusMonths,
} from '@rongtong/kernel';
import * as OpenCC from 'opencc-js';
import { DealValidationError, ListingNotDealableError } from './deals.errors';

export const LICENCE_TYPES = ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'] as const;
export type LicenceType = (typeof LICENCE_TYPES)[number];

/**
 * Grants that keep others out of their scope: an exclusive licence (even the patentee),
 * a sole licence (everyone but the patentee) and an assignment (the patentee itself).
 */
const EXCLUDING: ReadonlySet<LicenceType> = new Set(['exclusive_licence', 'sole_licence', 'assignment']);

export function excludesOthers(type: LicenceType): boolean {
  return EXCLUDING.has(type);
}

/** A field of use that covers every field. */
export const ALL_FIELDS = 'all';
/** The longest term when the listing cannot tell when the patent expires: 20 years. */
export const MAX_TERM_MONTHS_WITHOUT_EXPIRY = 240;
const FIELD_MAX_LENGTH = 200;
const IMPROVEMENTS_MAX_LENGTH = 1000;

/** A licence's terms as requested or offered. Money in fen; the royalty in basis points. */
export interface LicenceRequestTerms {
  licenceType: LicenceType;
  /** `worldwide`, `CN`, or a GB/T 2260 region prefix: `32` Jiangsu, `3205` Suzhou, `320594`. */
  territory: string;
  /** Trimmed, with runs of spaces collapsed; or `all`. */
  fieldOfUse: string;
  termMonths: number;
  upfrontFeeFen: number;
  /** Running royalty on sales: 1 basis point = 0.01 %. */
  royaltyBasisPoints: number;
  subLicensing: boolean;
  /** Who owns improvements, and whether they are granted back (free text). */
  improvements: string | null;
  /** `YYYY-MM-DD`; null: the licence starts on the day it is agreed. */
  startsOn: string | null;
}

/** The fees of a standing open-licence declaration (开放许可), as a request would state them. */
export interface PublishedLicenceFees {
  upfrontFeeFen: number;
  royaltyBasisPoints: number;
  /** Published too, but not part of a request: carried into the agreement as published. */
  annualFeeFen: number | null;
  perUnitFen: number | null;
}

/** What reading a request needs to know of the patent listed. */
export interface LicensablePatent {
  transactionTypes: readonly LicenceType[];
  /**
   * The first day the patent is no longer in force; when only the year is known, the first
   * day of that year (never sell a term that may outlast the patent). Null when unknown.
   */
  expiresOn: string | null;
  /** Null when no open licence is declared; `fees` null when the declaration's fees are not recorded. */
  openLicence: { fees: PublishedLicenceFees | null } | null;
}

/** A request body's licence terms, as sent (types unchecked). */
export interface LicenceRequestInput {
  licenceType?: unknown;
  territory?: unknown;
  fieldOfUse?: unknown;
  termMonths?: unknown;
  upfrontFeeFen?: unknown;
  royaltyPercent?: unknown;
  subLicensing?: unknown;
  improvements?: unknown;
  startsOn?: unknown;
}

export const LICENCE_TERM_FIELDS = [
  'licenceType',
  'territory',
  'fieldOfUse',
  'termMonths',
  'upfrontFeeFen',
  'royaltyPercent',
  'subLicensing',
  'improvements',
  'startsOn',
] as const satisfies readonly (keyof LicenceRequestInput)[];

/**
 * Reads a licence request into terms, every violation at once (422 `DEAL_INVALID`). A type
 * the listing does not offer is `LICENCE_TYPE_NOT_OFFERED` when it is the only fault; an
 * exclusive or sole licence while an open licence stands is `OPEN_LICENCE_DECLARED`.
 * `today` is China's date; `keepStartsOn` is a start already agreed in earlier offers,
 * which a counter-offer may keep although it now lies in the past.
 */
export function readLicenceRequest(
  input: LicenceRequestInput,
  patent: LicensablePatent,
  today: string,
  options: { keepStartsOn?: string | null } = {},
): LicenceRequestTerms {
  // A type the listing does not offer, when it is the only fault, is the listing's to answer.
  const r = new FieldReader((violations) =>
    violations.length === 1 && violations[0].code === 'LICENCE_TYPE_NOT_OFFERED'
      ? new ListingNotDealableError('LICENCE_TYPE_NOT_OFFERED', violations[0].message, {
          field: 'licenceType',
          offered: patent.transactionTypes,
        })
      : new DealValidationError(violations),
  );
  const licenceType = readLicenceType(r, input.licenceType, patent);
  const territory = readTerritory(r, input.territory);
  const fieldOfUse = readFieldOfUse(r, input.fieldOfUse);
  if (licenceType === 'assignment') {
    if (territory !== INVALID && territory !== 'CN' && territory !== 'worldwide') {
      r.fail('territory', 'an assignment transfers the whole patent: use CN');
    }
    if (fieldOfUse !== INVALID && fieldOfUse !== ALL_FIELDS) {
      r.fail('fieldOfUse', 'an assignment transfers the whole patent: use all');
    }
  }
  const startsOn = readStartsOn(r, input.startsOn, patent, today, options.keepStartsOn);
  const terms = r.all({
    licenceType,
    territory,
    fieldOfUse,
    // A start refused is read as today, so the term is still checked.
    termMonths: readTermMonths(r, input.termMonths, patent, startsOn === INVALID ? today : (startsOn ?? today)),
    upfrontFeeFen: readFen(r, input.upfrontFeeFen, 'upfrontFeeFen'),
    royaltyBasisPoints: readRoyaltyPercent(r, input.royaltyPercent),
    subLicensing: r.orNull(input.subLicensing, (v) => r.boolean(v, 'subLicensing')),
    improvements: r.note(input.improvements, 'improvements', IMPROVEMENTS_MAX_LENGTH),
    startsOn,
  });
  const read = r.finish(terms);
  return { ...read, subLicensing: read.subLicensing ?? false };
}

/**
 * A counter-offer: the fields sent replace the current terms', the rest stand, and the
 * whole is read again. Unknown fields are refused, and an offer must state at least one.
 */
export function readLicenceCounter(
  current: LicenceRequestTerms,
  body: unknown,
  patent: LicensablePatent,
  today: string,
): LicenceRequestTerms {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new DealValidationError([{ field: 'body', message: 'must be an object of licence terms' }]);
  }
  const offered = Object.entries(body as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const unknown = offered.filter(([k]) => !(LICENCE_TERM_FIELDS as readonly string[]).includes(k));
  if (unknown.length) {
    throw new DealValidationError(unknown.map(([k]) => ({ field: k, message: 'is not a licence term' })));
  }
  if (offered.length === 0) {
    throw new DealValidationError([
      { field: 'body', message: `a counter-offer states at least one of ${LICENCE_TERM_FIELDS.join(', ')}` },
    ]);
  }
  const merged: LicenceRequestInput = { ...licenceRequestInputOf(current), ...Object.fromEntries(offered) };
  return readLicenceRequest(merged, patent, today, { keepStartsOn: current.startsOn });
}

/** Terms back in the shape a request sends them, so offers can be merged over them. */
export function licenceRequestInputOf(terms: LicenceRequestTerms): LicenceRequestInput {
  const { royaltyBasisPoints, ...rest } = terms;
  return { ...rest, royaltyPercent: royaltyPercentOf(royaltyBasisPoints) };
}

export function royaltyPercentOf(basisPoints: number): number {
  return basisPoints / 100;
}

/**
 * An open licence (Patent Law arts. 50–51) is granted on notice, without negotiation:
 * an ordinary licence at the published fees, not sub-licensable. Anything else on such a
 * listing (other fees, sub-licensing) is an ordinary licence negotiated with the patentee,
 * which art. 51 ¶3 allows, and goes to the provider like any request.
 */
export function isOpenLicenceGrant(terms: LicenceRequestTerms, patent: LicensablePatent): boolean {
  const fees = patent.openLicence?.fees;
  return (
    fees != null &&
    terms.licenceType === 'ordinary_licence' &&
    terms.upfrontFeeFen === fees.upfrontFeeFen &&
    terms.royaltyBasisPoints === fees.royaltyBasisPoints &&
    !terms.subLicensing
  );
}

// ---------------------------------------------------------------------------------------
// Scope, overlap and conflict

/** What a licence covers: where, for what, and when (`endsOn` exclusive). */
export interface LicenceScope {
  licenceType: LicenceType;
  territory: string;
  fieldOfUse: string;
  startsOn: string;
  endsOn: string;
}

/** The scope terms cover when they start on `startsOn`: never past the patent's expiry. */
export function licenceScope(terms: LicenceRequestTerms, startsOn: string, expiresOn: string | null): LicenceScope {
  const end = plusMonths(startsOn, terms.termMonths);
  return {
    licenceType: terms.licenceType,
    territory: terms.territory,
    fieldOfUse: terms.fieldOfUse,
    startsOn,
    endsOn: expiresOn !== null && expiresOn < end && expiresOn > startsOn ? expiresOn : end,
  };
}

/** One territory contains the other: worldwide ⊇ CN ⊇ province ⊇ city ⊇ county. */
export function territoriesOverlap(a: string, b: string): boolean {
  return territoryContains(a, b) || territoryContains(b, a);
}

function territoryContains(outer: string, inner: string): boolean {
  if (outer === 'worldwide') return true;
  if (outer === 'CN') return inner !== 'worldwide';
  return inner !== 'worldwide' && inner !== 'CN' && inner.startsWith(outer);
}

/** Equal once normalised, or either is every field. */
export function fieldsOverlap(a: string, b: string): boolean {
  return a === ALL_FIELDS || b === ALL_FIELDS || fieldKey(a) === fieldKey(b);
}

/** Half-open date ranges `[startsOn, endsOn)` that share a day. */
export function periodsOverlap(
  a: Pick<LicenceScope, 'startsOn' | 'endsOn'>,
  b: Pick<LicenceScope, 'startsOn' | 'endsOn'>,
): boolean {
  return a.startsOn < b.endsOn && b.startsOn < a.endsOn;
}

/** An assignment's effect does not end with its stated term: the patentee no longer owns it. */
const FOREVER = '9999-12-31';

export function scopesOverlap(a: LicenceScope, b: LicenceScope): boolean {
  const span = (s: LicenceScope) => ({
    startsOn: s.startsOn,
    endsOn: s.licenceType === 'assignment' ? FOREVER : s.endsOn,
  });
  return (
    territoriesOverlap(a.territory, b.territory) &&
    fieldsOverlap(a.fieldOfUse, b.fieldOfUse) &&
    periodsOverlap(span(a), span(b))
  );
}

/**
 * An active exclusive or sole licence (or an assignment) bars any overlapping licence; a
 * new exclusive or sole licence (or assignment) is barred by any overlapping one. Two
 * ordinary licences never conflict.
 */
export function licencesConflict(existing: LicenceScope, proposed: LicenceScope): boolean {
  return (
    (excludesOthers(existing.licenceType) || excludesOthers(proposed.licenceType)) && scopesOverlap(existing, proposed)
  );
}

export function findLicenceConflict<T extends LicenceScope>(
  active: readonly T[],
  proposed: LicenceScope,
): T | undefined {
  return active.find((existing) => licencesConflict(existing, proposed));
}

// ---------------------------------------------------------------------------------------
// Readers

function readLicenceType(r: FieldReader, value: unknown, patent: LicensablePatent): Checked<LicenceType> {
  if (!(LICENCE_TYPES as readonly unknown[]).includes(value)) {
    return r.fail('licenceType', `must be one of ${LICENCE_TYPES.join(', ')}`);
  }
  const type = value as LicenceType;
  if (patent.openLicence && (type === 'exclusive_licence' || type === 'sole_licence')) {
    throw new ListingNotDealableError(
      'OPEN_LICENCE_DECLARED',
      'An open licence is declared for this patent: while it stands, no exclusive or sole licence may be granted (Patent Law art. 51)',
      { field: 'licenceType' },
    );
  }
  if (!patent.transactionTypes.includes(type)) {
    r.fail(
      'licenceType',
      `this patent is offered as ${patent.transactionTypes.join(', ')}, not ${type}`,
      'LICENCE_TYPE_NOT_OFFERED',
    );
  }
  return type;
}

/**
 * Province-level codes of GB/T 2260 a Chinese patent covers (the mainland: Hong Kong,
 * Macao and Taiwan have patent systems of their own).
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65,
]);

/**
 * `worldwide`, `CN` or a region code prefix, in any case and width. A full code's trailing
 * `00` pairs are dropped (`320000` → `32`, `320500` → `3205`), so a region has one spelling.
 */
export function normaliseTerritory(value: string): string | undefined {
  const text = value.normalize('NFKC').trim();
  if (/^worldwide$/i.test(text)) return 'worldwide';
  if (/^cn$/i.test(text)) return 'CN';
  if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(text)) return undefined;
  let code = text;
  while (code.length > 2 && code.endsWith('00')) code = code.slice(0, -2);
  // A province's code, or a city's or county's that the division table knows (not 3299).
  return PROVINCES.has(Number(code.slice(0, 2))) && (code.length === 2 || isKnownRegionPrefix(code)) ? code : undefined;
}

/**
 * Characters that change how a text looks without changing what it looks like: zero-width
 * ones (ZWSP, ZWNJ, ZWJ, word joiner, BOM) and direction controls (LRM/RLM, U+202A–E
 * embeddings and overrides, U+2066–9 isolates). Two fields of use differing only by them
 * would look identical, so they are refused where a licence's scope is read.
 */
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u061C]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
const INVISIBLE_MESSAGE = 'must not contain invisible or text-direction characters';

/** Traditional Chinese folded to simplified (OpenCC), so 動力電池 and 动力电池 are one field. */
// (Typed here: the package's declarations use extensionless imports that nodenext cannot follow.)
const toSimplified = (
  OpenCC as unknown as { Converter(options: { from: 't'; to: 'cn' }): (text: string) => string }
).Converter({ from: 't', to: 'cn' });
/** Punctuation, symbols and white space at either end: 动力电池. is 动力电池. */
const EDGES = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

function readTerritory(r: FieldReader, value: unknown): Checked<string> {
  if (typeof value === 'string' && INVISIBLE.test(value)) return r.fail('territory', INVISIBLE_MESSAGE);
  const territory = typeof value === 'string' ? normaliseTerritory(value) : undefined;
  return (
    territory ??
    r.fail('territory', 'must be worldwide, CN, or a mainland region code prefix such as 32 (Jiangsu) or 3205 (Suzhou)')
  );
}

/** Trimmed, with any run of white space one space; `all` in any case is every field. */
export function normaliseFieldOfUse(value: string): string {
  const text = value.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return text.toLowerCase() === ALL_FIELDS ? ALL_FIELDS : text;
}

/**
 * What two fields of use are compared by: width folded (NFKC), traditional folded to
 * simplified, invisible characters dropped (older rows may hold them), punctuation and
 * white space trimmed from the ends, case-folded.
 */
export function fieldKey(fieldOfUse: string): string {
  const text = normaliseFieldOfUse(fieldOfUse.replace(INVISIBLE_ALL, ''));
  if (text === ALL_FIELDS) return text;
  return toSimplified(text).replace(EDGES, '').toLowerCase();
}

function readFieldOfUse(r: FieldReader, value: unknown): Checked<string> {
  if (typeof value === 'string' && INVISIBLE.test(value)) return r.fail('fieldOfUse', INVISIBLE_MESSAGE);
  const field = typeof value === 'string' ? normaliseFieldOfUse(value) : '';
  if (field.length < 1 || field.length > FIELD_MAX_LENGTH) {
    return r.fail('fieldOfUse', `must be a text of 1–${FIELD_MAX_LENGTH} characters, or all`);
  }
  return field;
}

function readStartsOn(
  r: FieldReader,
  value: unknown,
  patent: LicensablePatent,
  today: string,
  kept: string | null | undefined,
): Checked<string | null> {
  if (value === undefined || value === null) return null;
  if (!isCalendarDate(value)) return r.fail('startsOn', 'must be a calendar date as YYYY-MM-DD');
  if (value < today && value !== kept) return r.fail('startsOn', 'must not be in the past');
  if (patent.expiresOn !== null && value >= patent.expiresOn) {
    return r.fail('startsOn', `must be before the patent expires (${patent.expiresOn})`);
  }
  return value;
}

function readTermMonths(r: FieldReader, value: unknown, patent: LicensablePatent, startsOn: string): Checked<number> {
  const max =
    patent.expiresOn === null ? MAX_TERM_MONTHS_WITHOUT_EXPIRY : Math.max(0, monthsBetween(startsOn, patent.expiresOn));
  if (max < 1) return r.fail('termMonths', `the patent expires on ${patent.expiresOn}, within a month`);
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    const why = patent.expiresOn === null ? '' : ` (the patent expires on ${patent.expiresOn})`;
    return r.fail('termMonths', `must be a whole number of months, 1–${max}${why}`);
  }
  return value;
}

function readFen(r: FieldReader, value: unknown, field: string): Checked<number> {
  return isFen(value) ? value : r.fail(field, 'must be a whole number of fen, 0 or more (1 yuan = 100 fen)');
}

/** 0–100 with at most two decimals, held as whole basis points so it never floats. */
function readRoyaltyPercent(r: FieldReader, value: unknown): Checked<number> {
  const basisPoints = typeof value === 'number' && Number.isFinite(value) ? Math.round(value * 100) : NaN;
  if (
    Number.isNaN(basisPoints) ||
    basisPoints < 0 ||
    basisPoints > 10_000 ||
    Math.abs((value as number) * 100 - basisPoints) > 1e-6
  ) {
    return r.fail('royaltyPercent', 'must be a percentage 0–100 with at most two decimals');
  }
  return basisPoints;
}
