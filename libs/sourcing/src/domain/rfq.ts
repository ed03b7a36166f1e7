import {
  type CalendarDate,
  type FieldViolation,
  FieldReader,
  INVALID,
  isCalendarDate,
  readInstant,
  todayInChina,
} from '@rongtong/kernel';
import { canonicalCertification, findCategory } from '@rongtong/listings';
import { RfqStateConflictError, RfqValidationError } from './sourcing.errors';

export const RFQ_STATUSES = ['draft', 'open', 'closed', 'awarded', 'cancelled'] as const;
export type RfqStatus = (typeof RFQ_STATUSES)[number];

export const RFQ_VISIBILITIES = ['public', 'park_members', 'invited'] as const;
export type RfqVisibility = (typeof RFQ_VISIBILITIES)[number];

/** The usual units a quantity is counted in; others are taken as written (件, 套, pcs …). */
export const RFQ_UNITS = ['piece', 'set', 'kg', 'tonne', 'metre', 'square_metre', 'machine_hour'] as const;
export type RfqUnit = string;

export const RFQ_ACTIONS = ['publish', 'edit', 'close', 'cancel', 'award', 'quote'] as const;
export type RfqAction = (typeof RFQ_ACTIONS)[number];

/** What the buyer states: everything of an RFQ but who posted it and where it stands. */
export interface RfqContent {
  title: string;
  description: string;
  /** The capacity taxonomy's Chinese name of the category. */
  category: string;
  process: string | null;
  materials: string[];
  quantity: number;
  unit: RfqUnit;
  deliveryDate: CalendarDate;
  deliveryRegionCode: string;
  certifications: string[];
  targetUnitPriceFen: number | null;
  showTarget: boolean;
  quoteDeadline: Date;
  visibility: RfqVisibility;
  ndaText: string | null;
}

export const RFQ_FIELDS = [
  'title',
  'description',
  'category',
  'process',
  'materials',
  'quantity',
  'unit',
  'deliveryDate',
  'deliveryRegionCode',
  'certifications',
  'targetUnitPriceFen',
  'showTarget',
  'quoteDeadline',
  'visibility',
  'ndaText',
] as const;

export type RfqField = (typeof RFQ_FIELDS)[number];

/**
 * The fields a supplier prices: a change to one of them may outdate a quote already in.
 * Visibility and the target price (the buyer's own hint) do not change what is quoted on.
 */
export const MATERIAL_RFQ_FIELDS: readonly RfqField[] = RFQ_FIELDS.filter(
  (f) => f !== 'visibility' && f !== 'targetUnitPriceFen' && f !== 'showTarget',
);

/** The fields whose value differs between two versions of an RFQ's content. */
export function changedRfqFields(before: RfqContent, after: RfqContent): RfqField[] {
  const same = (a: unknown, b: unknown) =>
    a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);
  return RFQ_FIELDS.filter((f) => !same(before[f], after[f]));
}

export type RfqInput = Partial<Record<(typeof RFQ_FIELDS)[number], unknown>>;

/** The most a quantity may be: an int4 column, and more than any order. */
export const MAX_QUANTITY = 100_000_000;

/**
 * Reads an RFQ body into its content, or throws 422 RFQ_INVALID naming every bad field.
 * The quote deadline must lie ahead of `now`; delivery is on or after the deadline's day.
 */
export function readRfq(input: RfqInput, now: Date): RfqContent {
  const r = new FieldReader((violations) => new RfqValidationError(violations));
  const violations: FieldViolation[] = [];
  let quoteDeadline: Date | typeof INVALID = INVALID;
  if (input.quoteDeadline === undefined || input.quoteDeadline === null) {
    r.fail('quoteDeadline', 'is required');
  } else {
    const read = readInstant(input.quoteDeadline, 'quoteDeadline', violations);
    for (const v of violations) r.fail(v.field, v.message);
    if (read && read.getTime() <= now.getTime()) r.fail('quoteDeadline', 'must not be in the past');
    else if (read) quoteDeadline = read;
  }
  const deliveryDate = readDate(r, input.deliveryDate, 'deliveryDate');
  if (deliveryDate !== INVALID && deliveryDate < todayInChina(now)) r.fail('deliveryDate', 'must not be in the past');
  else if (deliveryDate !== INVALID && quoteDeadline !== INVALID && deliveryDate < todayInChina(quoteDeadline)) {
    r.fail('deliveryDate', 'must not be before the quote deadline');
  }
  const region = r.text(input.deliveryRegionCode, 'deliveryRegionCode', 6);
  if (region !== INVALID && !/^\d{6}$/.test(region)) r.fail('deliveryRegionCode', 'must be a six-digit GB/T 2260 code');
  const categoryName = r.text(input.category, 'category', 100);
  let category: string | typeof INVALID = INVALID;
  if (categoryName !== INVALID) {
    const found = findCategory('capacity', categoryName);
    if (found) category = found.name;
    else r.fail('category', 'is not a capacity category', 'CATEGORY_UNKNOWN');
  }
  const showTarget = r.orDefault(input.showTarget, false, (v) => r.boolean(v, 'showTarget'));
  const content = r.all({
    title: r.text(input.title, 'title', 200),
    description: r.text(input.description, 'description', 10_000),
    category,
    process: r.note(input.process, 'process', 100),
    materials: r.orDefault(input.materials, [] as string[], (v) => r.texts(v, 'materials')),
    quantity: r.number(input.quantity, 'quantity', { integer: true, above: 0, max: MAX_QUANTITY }),
    unit: r.text(input.unit, 'unit', 20),
    deliveryDate,
    deliveryRegionCode: region,
    certifications: r.orDefault(input.certifications, [] as string[], (v) =>
      r.texts(v, 'certifications', canonicalCertification),
    ),
    targetUnitPriceFen: r.orNull(input.targetUnitPriceFen, (v) => r.fen(v, 'targetUnitPriceFen')),
    showTarget,
    quoteDeadline,
    visibility: r.oneOf(input.visibility, 'visibility', RFQ_VISIBILITIES),
    ndaText: r.note(input.ndaText, 'ndaText', 20_000),
  });
  return r.finish(content);
}

/** A day as `YYYY-MM-DD`; an ISO 8601 instant is taken as its day in China. */
export function readDate(r: FieldReader, value: unknown, field: string): CalendarDate | typeof INVALID {
  if (value === undefined || value === null) return r.fail(field, 'is required');
  if (isCalendarDate(value)) return value;
  if (typeof value === 'string' && value.includes('T')) {
    const instant = readInstant(value, field, []);
    if (instant) return todayInChina(instant);
  }
  return r.fail(field, 'must be a date YYYY-MM-DD');
}

/** The status an RFQ shows: an open one whose deadline passed is closed, though nobody closed it. */
export function effectiveStatus(rfq: { status: RfqStatus; quoteDeadline: Date }, now: Date): RfqStatus {
  return rfq.status === 'open' && rfq.quoteDeadline.getTime() <= now.getTime() ? 'closed' : rfq.status;
}

/** Quotes are sealed while suppliers may still quote: an RFQ in draft or open before its deadline. */
export function isSealed(rfq: { status: RfqStatus; quoteDeadline: Date }, now: Date): boolean {
  const status = effectiveStatus(rfq, now);
  return status === 'draft' || status === 'open';
}

/** From which (effective) statuses each step may be taken, and where it leads. */
const STEPS: Record<RfqAction, { from: readonly RfqStatus[]; to: RfqStatus | null }> = {
  publish: { from: ['draft'], to: 'open' },
  edit: { from: ['draft', 'open'], to: null },
  close: { from: ['open'], to: 'closed' },
  cancel: { from: ['draft', 'open', 'closed'], to: 'cancelled' },
  award: { from: ['closed'], to: 'awarded' },
  quote: { from: ['open'], to: null },
};

/**
 * Where `action` leads from the RFQ's effective status (the same status when the step
 * changes none), or 409 RFQ_STATE_CONFLICT.
 */
export function rfqStep(rfq: { status: RfqStatus; quoteDeadline: Date }, action: RfqAction, now: Date): RfqStatus {
  const status = effectiveStatus(rfq, now);
  const step = STEPS[action];
  if (!step.from.includes(status)) throw new RfqStateConflictError(status, action);
  return step.to ?? status;
}

/** The steps the buyer may take now, for clients to offer the right buttons. */
export function buyerActions(rfq: { status: RfqStatus; quoteDeadline: Date }, now: Date): RfqAction[] {
  const status = effectiveStatus(rfq, now);
  return (['publish', 'edit', 'close', 'cancel', 'award'] as const).filter((a) => STEPS[a].from.includes(status));
}
