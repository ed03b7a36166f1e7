import { type Checked, FieldReader, INVALID, parseCalendarDate } from '@rongtong/kernel';
import { listingValidationError, PatentNumberInvalidError } from './listings.errors';
import { PATENT_TYPES, PatentNumber, type PatentType, patentExpiry } from './patent-number';

export const LEGAL_STATUSES = ['granted', 'pending'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];
export const TRANSACTION_TYPES = ['exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
const LICENCES: readonly TransactionType[] = ['exclusive_licence', 'sole_licence', 'ordinary_licence'];
/** What an open-licence declaration rules out while it stands (Patent Law art. 51). */
const EXCLUSIVE_LICENCES: readonly TransactionType[] = ['exclusive_licence', 'sole_licence'];

/** The published fee of an open licence (开放许可): at least one of these is stated. */
export interface RoyaltyTerms {
  upfrontFeeFen: number | null;
  annualFeeFen: number | null;
  /** Running royalty as a percentage of sales. */
  royaltyPercent: number | null;
  /** Running royalty per unit made or sold. */
  perUnitFen: number | null;
}

export interface OpenLicence {
  declared: boolean;
  /** Null when the declaration's terms are not (yet) recorded here. */
  royalty: RoyaltyTerms | null;
}

/** The terms the owner asks for a negotiated licence; every one optional. */
export interface LicenceTerms {
  territory: string | null;
  fieldOfUse: string | null;
  termMonths: number | null;
  upfrontFeeFen: number | null;
  royaltyPercent: number | null;
  sublicensable: boolean | null;
  improvements: string | null;
}

export interface IpDetails {
  /** Canonical application number, `202310123456.6`. */
  patentNumber: string;
  patentType: PatentType;
  legalStatus: LegalStatus;
  transactionTypes: TransactionType[];
  openLicence: OpenLicence;
  /** IPC symbols as `H01M 4/525`; empty for designs. */
  ipc: string[];
  /** Locarno class-subclass (`12-16`), designs only. */
  locarno: string | null;
  /** `YYYY-MM-DD`; null when not stated, and expiry is then known to the year only. */
  filingDate: string | null;
  licenceTerms: LicenceTerms | null;
}

export interface IpValidationOptions {
  /** Today (`YYYY-MM-DD`, China): when given, a patent whose term has surely ended is refused. */
  today?: string;
}

const IP_FIELDS = [
  'patentNumber',
  'patentType',
  'legalStatus',
  'transactionTypes',
  'openLicence',
  'ipc',
  'locarno',
  'filingDate',
  'licenceTerms',
] as const;

/**
 * Validates and normalises a patent listing's details. `patentType` defaults to the type
 * the number encodes and must agree with it when stated; `openLicence` accepts the
 * corpus's boolean shorthand and defaults to not declared.
 */
export function validateIpDetails(details: unknown, options: IpValidationOptions = {}): IpDetails {
  const c = new FieldReader(listingValidationError);
  const d = c.object(details, 'details', IP_FIELDS);
  if (d === INVALID) return c.abort();

  const number = readPatentNumber(c, d.patentNumber);
  const patentType = readPatentType(c, d.patentType, number);
  const legalStatus = c.oneOf(d.legalStatus, 'details.legalStatus', LEGAL_STATUSES);
  const transactionTypes = c.setOf(d.transactionTypes, 'details.transactionTypes', TRANSACTION_TYPES, {
    nonEmpty: true,
  });
  const openLicence = c.orDefault(d.openLicence, { declared: false, royalty: null }, (v) => readOpenLicence(c, v));
  if (openLicence !== INVALID && openLicence.declared) {
    checkOpenLicence(c, legalStatus, transactionTypes);
  }

  const design = patentType === 'design';
  const ipc = c.orDefault(d.ipc, [], (v) => {
    const codes = c.list(v, 'details.ipc', (code, f) => readIpc(c, code, f));
    if (codes === INVALID) return INVALID;
    if (design && codes.length > 0) {
      return c.fail('details.ipc', 'must be empty for a design patent: designs carry locarno');
    }
    return [...new Set(codes)];
  });
  const locarno = c.orNull(d.locarno, (v) =>
    patentType === INVALID || design
      ? readLocarno(c, v, 'details.locarno')
      : c.fail('details.locarno', 'is for design patents only; inventions and utility models carry ipc'),
  );
  const filingDate = c.orNull(d.filingDate, (v) => readFilingDate(c, v, number));
  if (filingDate === null && number !== INVALID && number.isPct) {
    c.fail(
      'details.filingDate',
      'is required for a PCT national-phase number: its year is the entry year, not the filing year',
    );
  }
  const licenceTerms = c.orNull(d.licenceTerms, (v) => readLicenceTerms(c, v, transactionTypes));

  if (options.today !== undefined) {
    checkTermNotEnded(c, number, patentType, filingDate, options.today);
  }

  return c.finish(
    c.all({
      patentNumber: number === INVALID ? INVALID : number.value,
      patentType,
      legalStatus,
      transactionTypes,
      openLicence,
      ipc,
      locarno,
      filingDate,
      licenceTerms,
    }),
  );
}

function readPatentNumber(c: FieldReader, value: unknown): Checked<PatentNumber> {
  const text = c.text(value, 'details.patentNumber', 40);
  if (text === INVALID) return INVALID;
  try {
    return PatentNumber.parse(text);
  } catch (error) {
    if (!(error instanceof PatentNumberInvalidError)) throw error;
    return c.fail('details.patentNumber', error.message, error.code);
  }
}

function readPatentType(c: FieldReader, value: unknown, number: Checked<PatentNumber>): Checked<PatentType> {
  if (value === undefined) {
    return number === INVALID ? INVALID : number.patentType;
  }
  const type = c.oneOf(value, 'details.patentType', PATENT_TYPES);
  if (type === INVALID || number === INVALID || type === number.patentType) return type;
  return c.fail(
    'details.patentType',
    `is ${type}, but ${number.value} is a ${number.patentType} number (type digit ${number.typeDigit})`,
    'PATENT_TYPE_MISMATCH',
  );
}

function readOpenLicence(c: FieldReader, value: unknown): Checked<OpenLicence> {
  const field = 'details.openLicence';
  if (typeof value === 'boolean') return { declared: value, royalty: null };
  const o = c.object(value, field, ['declared', 'royalty']);
  if (o === INVALID) return INVALID;
  const declared = c.boolean(o.declared, `${field}.declared`);
  const royalty = c.orNull(o.royalty, (v) =>
    declared === false
      ? c.fail(`${field}.royalty`, 'is stated only for a declared open licence')
      : readRoyalty(c, v, `${field}.royalty`),
  );
  return c.all({ declared, royalty });
}

function readRoyalty(c: FieldReader, value: unknown, field: string): Checked<RoyaltyTerms> {
  const keys = ['upfrontFeeFen', 'annualFeeFen', 'royaltyPercent', 'perUnitFen'] as const;
  const o = c.object(value, field, keys);
  if (o === INVALID) return INVALID;
  if (keys.every((k) => o[k] === undefined || o[k] === null)) {
    return c.fail(field, `must state at least one of ${keys.join(', ')}`);
  }
  return c.all({
    upfrontFeeFen: c.orNull(o.upfrontFeeFen, (v) => c.fen(v, `${field}.upfrontFeeFen`)),
    annualFeeFen: c.orNull(o.annualFeeFen, (v) => c.fen(v, `${field}.annualFeeFen`)),
    royaltyPercent: c.orNull(o.royaltyPercent, (v) => readPercent(c, v, `${field}.royaltyPercent`)),
    perUnitFen: c.orNull(o.perUnitFen, (v) => c.fen(v, `${field}.perUnitFen`)),
  });
}

/**
 * Open licence (开放许可, Patent Law arts. 50–51): declared by a patentee, so only for a
 * granted patent; anyone may take an ordinary licence on the published terms; while it
 * stands no exclusive or sole licence may be granted.
 */
function checkOpenLicence(
  c: FieldReader,
  legalStatus: Checked<LegalStatus>,
  transactionTypes: Checked<TransactionType[]>,
): void {
  const code = 'OPEN_LICENCE_CONFLICT';
  if (legalStatus === 'pending') {
    c.fail('details.openLicence', 'only a granted patent can be declared open for licensing', code);
  }
  if (transactionTypes === INVALID) return;
  const excluded = transactionTypes.filter((t) => EXCLUSIVE_LICENCES.includes(t));
  if (excluded.length > 0) {
    c.fail('details.transactionTypes', `cannot offer ${excluded.join(' or ')} while an open licence is declared`, code);
  }
  if (!transactionTypes.includes('ordinary_licence')) {
    c.fail(
      'details.transactionTypes',
      'must include ordinary_licence: an open licence is an ordinary licence on published terms',
      code,
    );
  }
}

/** `H01M 4/525`: section A–H, class, subclass, main group / subgroup (WIPO IPC). */
const IPC = /^([A-H]\d{2}[A-Z])\s*(\d{1,4})\s*\/\s*(\d{2,6})$/;

function readIpc(c: FieldReader, value: unknown, field: string): Checked<string> {
  const match = typeof value === 'string' ? IPC.exec(value.normalize('NFKC').trim().toUpperCase()) : null;
  if (!match) return c.fail(field, 'must be an IPC symbol such as B23C 3/18 or H01M 4/525');
  return `${match[1]} ${Number(match[2])}/${match[3]}`;
}

/** `12-16`: Locarno class (01–32, or 99 miscellaneous) and subclass. */
const LOCARNO = /^(\d{1,2})-(\d{1,2})$/;

function readLocarno(c: FieldReader, value: unknown, field: string): Checked<string> {
  const match = typeof value === 'string' ? LOCARNO.exec(value.normalize('NFKC').trim()) : null;
  const cls = match ? Number(match[1]) : 0;
  if (!match || !((cls >= 1 && cls <= 32) || cls === 99)) {
    return c.fail(field, 'must be a Locarno class-subclass such as 12-16');
  }
  return `${match[1].padStart(2, '0')}-${match[2].padStart(2, '0')}`;
}

function readFilingDate(c: FieldReader, value: unknown, number: Checked<PatentNumber>): Checked<string> {
  const field = 'details.filingDate';
  const date = typeof value === 'string' ? parseCalendarDate(value) : undefined;
  if (typeof value !== 'string' || !date) {
    return c.fail(field, 'must be a calendar date as YYYY-MM-DD');
  }
  if (number === INVALID) return value;
  // The number is given on receipt, so its year is never before the filing year; it is
  // the next year at most for a filing posted at year end, and for a PCT entry (30–32
  // months from priority) at most three years on.
  const gap = number.applicationYear - date.year;
  if (gap < 0 || gap > (number.isPct ? 3 : 1)) {
    return c.fail(field, `does not fit application number ${number.value} (year ${number.applicationYear})`);
  }
  return value;
}

function readLicenceTerms(
  c: FieldReader,
  value: unknown,
  transactionTypes: Checked<TransactionType[]>,
): Checked<LicenceTerms> {
  const field = 'details.licenceTerms';
  const keys = [
    'territory',
    'fieldOfUse',
    'termMonths',
    'upfrontFeeFen',
    'royaltyPercent',
    'sublicensable',
    'improvements',
  ] as const;
  const o = c.object(value, field, keys);
  if (o === INVALID) return INVALID;
  if (transactionTypes !== INVALID && !transactionTypes.some((t) => LICENCES.includes(t))) {
    return c.fail(field, 'are stated only when a licence is offered');
  }
  const at = (k: (typeof keys)[number]) => `${field}.${k}`;
  return c.all({
    territory: c.orNull(o.territory, (v) => c.text(v, at('territory'))),
    fieldOfUse: c.orNull(o.fieldOfUse, (v) => c.text(v, at('fieldOfUse'))),
    termMonths: c.orNull(o.termMonths, (v) => c.number(v, at('termMonths'), { integer: true, min: 1, max: 600 })),
    upfrontFeeFen: c.orNull(o.upfrontFeeFen, (v) => c.fen(v, at('upfrontFeeFen'))),
    royaltyPercent: c.orNull(o.royaltyPercent, (v) => readPercent(c, v, at('royaltyPercent'))),
    sublicensable: c.orNull(o.sublicensable, (v) => c.boolean(v, at('sublicensable'))),
    improvements: c.orNull(o.improvements, (v) => c.text(v, at('improvements'), 1000)),
  });
}

function readPercent(c: FieldReader, value: unknown, field: string): Checked<number> {
  return c.number(value, field, { above: 0, max: 100 });
}

/**
 * A listing must not sell a patent that has certainly lapsed: day precision ends on its
 * anniversary; year precision only once the latest year it could end in is past.
 */
function checkTermNotEnded(
  c: FieldReader,
  number: Checked<PatentNumber>,
  patentType: Checked<PatentType>,
  filingDate: Checked<string> | null,
  today: string,
): void {
  if (number === INVALID || patentType === INVALID || filingDate === INVALID) return;
  const expiry = patentExpiry(patentType, filingDate, number.applicationYear);
  const ended =
    expiry.precision === 'day' ? expiry.date <= today : (expiry.latestYear ?? expiry.year) < Number(today.slice(0, 4));
  if (!ended) return;
  if (expiry.precision === 'day') {
    c.fail('details.filingDate', `the term has ended: its last day was ${expiry.lastDayInForce}`, 'PATENT_EXPIRED');
  } else {
    c.fail('details.patentNumber', `the term has ended, in ${expiry.latestYear ?? expiry.year}`, 'PATENT_EXPIRED');
  }
}
