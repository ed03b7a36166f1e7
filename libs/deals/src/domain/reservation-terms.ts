import {
  type Checked,
  DomainError,
  type FieldReader,
  INVALID,
  isCalendarDate,
  type PeriodRange,
  plusDays,
  plusYears,
} from '@rongtong/kernel';
import type { CapacityDetails, CapacityUnit } from '@rongtong/listings';
import { type CapacityOffering, capacityPeriods, type OfferedPeriod } from './capacity-periods';
import type { Side } from './deal';
import { DealValidationError, dealReader } from './deals.errors';

/**
 * A capacity reservation's terms: `quantity` (in the listing's unit) out of EACH period
 * the window `[from, to]` covers, so a 3-week window at 100 machine-hours takes 100 from
 * each of the three weeks (300 in all).
 */
export interface ReservationTerms {
  quantity: number;
  unit: CapacityUnit;
  per: 'week' | 'month';
  from: string;
  to: string;
  periods: PeriodRange[];
  /** Price per unit of capacity: the listing's when it is priced in that unit, or one a party offered. */
  priceFen: number | null;
  /** priceFen × quantity × periods, in whole fen (half up); null when there is no unit price. */
  estimatedFeeFen: number | null;
}

/** What of a capacity listing a reservation is checked against. */
export interface CapacityListing {
  offering: CapacityOffering;
  priceFen: number | null;
  priceUnit: string | null;
}

export interface ReservationRequestInput {
  quantity?: unknown;
  from?: unknown;
  to?: unknown;
  note?: unknown;
}

/** A request or counter-offer checked against the listing: its terms, the periods to hold, its note. */
export interface ReservationPlan {
  terms: ReservationTerms;
  periods: OfferedPeriod[];
  /** Goes with the offer (deal_offers.note), not into the terms. */
  note: string | null;
}

/** Quantities in hours and tonnes go to thousandths; pieces are whole. */
const MAX_DECIMALS = 3;
const MAX_QUANTITY = 1_000_000_000;
const MAX_NOTE = 2000;
const COUNTED_UNITS: readonly string[] = ['piece', 'set'];

/** Some of the periods the window covers are not on offer (before, after or between the listed offers). */
export class PeriodNotOfferedError extends DomainError {
  readonly code = 'PERIOD_NOT_OFFERED';
  readonly kind = 'unprocessable';

  constructor(readonly periods: PeriodRange[]) {
    super(`Not on offer: ${periods.map((p) => `${p.start}–${p.end}`).join(', ')}`, {
      periods,
      errors: periods.map((p) => ({ field: 'periods', message: `${p.start}–${p.end} is not on offer` })),
    });
  }
}

/**
 * A new reservation: `{quantity, from, to, note?}` against the listing, on `today` (in
 * China). Every field violation at once (422 DEAL_INVALID); then, if the fields are
 * sound, every period not on offer (422 PERIOD_NOT_OFFERED).
 *
 * Rules: quantity > 0 (whole for pieces, else at most 3 decimals); `from` ≤ `to`, dates
 * `YYYY-MM-DD`; `from` no earlier than today + the listing's lead time and no later than a
 * year from today; the window at most a year long; quantity at least the listing's
 * minimum order when that is stated in the capacity's unit.
 */
export function readReservationRequest(
  input: ReservationRequestInput,
  listing: CapacityListing,
  today: string,
): ReservationPlan {
  const r = dealReader();
  const request: RequestRead = {
    quantity: readQuantity(r, input.quantity, listing.offering.capacity.unit),
    from: readDate(r, input.from, 'from'),
    to: readDate(r, input.to, 'to'),
    note: r.note(input.note, 'note', MAX_NOTE),
  };
  return plan(r, request, listing, today, { bySide: 'requester', priceFen: undefined });
}

/**
 * A counter-offer `{quantity, from?, to?, priceFen?, note?}` on a reservation whose terms
 * are `current`: the window stays unless a new one is given. The requester is held to
 * the listing's lead time and minimum order; the provider may waive its own.
 */
export function readReservationCounter(
  body: unknown,
  current: ReservationTerms,
  listing: CapacityListing,
  today: string,
  bySide: Side,
): ReservationPlan {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DealValidationError([
      { field: 'body', message: 'must be an object {quantity, from?, to?, priceFen?, note?}' },
    ]);
  }
  const r = dealReader();
  const offer = body as Record<string, unknown>;
  for (const key of Object.keys(offer)) {
    if (!['quantity', 'from', 'to', 'priceFen', 'note'].includes(key)) r.fail(key, 'is not a known field');
  }
  const priceFen = r.orDefault(offer.priceFen, current.priceFen, (v) => r.orNull(v, (fen) => r.fen(fen, 'priceFen')));
  const request: RequestRead = {
    quantity: readQuantity(r, offer.quantity, listing.offering.capacity.unit),
    from: offer.from === undefined ? current.from : readDate(r, offer.from, 'from'),
    to: offer.to === undefined ? current.to : readDate(r, offer.to, 'to'),
    note: r.note(offer.note, 'note', MAX_NOTE),
  };
  return plan(r, request, listing, today, { bySide, priceFen });
}

/**
 * Unit price × quantity × periods in whole fen, rounded half up, in bigint so no step
 * loses a fen; null without a price, or beyond what a safe integer holds.
 */
export function estimateReservationFee(priceFen: number | null, quantity: number, periods: number): number | null {
  if (priceFen === null) return null;
  const thousandths = decimalThousandths(quantity);
  if (thousandths === undefined) return null;
  const fee = (BigInt(priceFen) * thousandths * BigInt(periods) + 500n) / 1000n;
  return fee <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fee) : null;
}

/** A capacity listing's details (validated when it was published) as a reservation reads them. */
export function capacityListingOf(listing: {
  priceFen: number | null;
  priceUnit: string | null;
  details: object;
}): CapacityListing {
  const details = listing.details as unknown as CapacityDetails;
  return {
    priceFen: listing.priceFen,
    priceUnit: listing.priceUnit,
    offering: {
      capacity: details.capacity,
      minOrder: details.minOrder ?? null,
      leadTimeDays: details.leadTimeDays ?? 0,
      periods: details.periods ?? [],
    },
  };
}

/** The listing's price per unit of its capacity, when it is priced in that unit. */
export function unitPriceOf(listing: CapacityListing): number | null {
  return listing.priceFen !== null && listing.priceUnit === listing.offering.capacity.unit ? listing.priceFen : null;
}

/** A request's fields as read, before they are checked against each other and the listing. */
interface RequestRead {
  quantity: Checked<number>;
  from: Checked<string>;
  to: Checked<string>;
  note: Checked<string | null>;
}

function plan(
  r: FieldReader,
  request: RequestRead,
  listing: CapacityListing,
  today: string,
  options: { bySide: Side; priceFen: Checked<number | null> | undefined },
): ReservationPlan {
  const { offering } = listing;
  const { quantity, from, to } = request;
  if (from !== INVALID && to !== INVALID) {
    if (to < from) r.fail('to', 'must not be before from');
    else if (to >= plusYears(from, 1)) r.fail('to', 'the window may be at most a year long');
  }
  if (from !== INVALID) {
    const leadTime = options.bySide === 'requester' ? offering.leadTimeDays : 0;
    const earliest = plusDays(today, leadTime);
    if (from < earliest) {
      r.fail(
        'from',
        leadTime > 0 ? `must be ${earliest} or later (lead time ${leadTime} days)` : 'must not be in the past',
      );
    } else if (from > plusYears(today, 1)) {
      r.fail('from', 'must be within a year from today');
    }
  }
  const minOrder = offering.minOrder;
  if (
    quantity !== INVALID &&
    options.bySide === 'requester' &&
    minOrder &&
    minOrder.unit === offering.capacity.unit &&
    quantity < minOrder.quantity
  ) {
    r.fail('quantity', `must be at least the minimum order, ${minOrder.quantity} ${minOrder.unit}`);
  }
  const note = request.note;
  const offered = options.priceFen;
  if (
    r.violations.length > 0 ||
    quantity === INVALID ||
    from === INVALID ||
    to === INVALID ||
    note === INVALID ||
    offered === INVALID
  ) {
    r.abort();
  }

  const periods = capacityPeriods(offering, from, to);
  const missing = periods.filter((p) => p.offered <= 0);
  if (missing.length > 0) throw new PeriodNotOfferedError(missing.map(({ start, end }) => ({ start, end })));
  const priceFen = offered === undefined ? unitPriceOf(listing) : offered;
  return {
    periods,
    note,
    terms: {
      quantity,
      unit: offering.capacity.unit,
      per: offering.capacity.per,
      from,
      to,
      periods: periods.map(({ start, end }) => ({ start, end })),
      priceFen,
      estimatedFeeFen: estimateReservationFee(priceFen, quantity, periods.length),
    },
  };
}

function readQuantity(r: FieldReader, value: unknown, unit: string): Checked<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return r.fail('quantity', 'is required: a number greater than 0');
  }
  if (value <= 0) return r.fail('quantity', 'must be greater than 0');
  if (COUNTED_UNITS.includes(unit) && !Number.isInteger(value)) {
    return r.fail('quantity', `must be a whole number of ${unit}s`);
  }
  if (value > MAX_QUANTITY || decimalThousandths(value) === undefined) {
    return r.fail('quantity', `must be at most ${MAX_QUANTITY}, to at most ${MAX_DECIMALS} decimals`);
  }
  return value;
}

/** `value` × 1000 exactly, read from its decimal spelling; undefined past three decimals. */
function decimalThousandths(value: number): bigint | undefined {
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(String(value));
  if (!match) return undefined;
  return BigInt(match[1]) * 1000n + BigInt((match[2] ?? '').padEnd(3, '0'));
}

function readDate(r: FieldReader, value: unknown, field: 'from' | 'to'): Checked<string> {
  return isCalendarDate(value) ? value : r.fail(field, 'must be a date YYYY-MM-DD (inclusive, Asia/Shanghai)');
}
