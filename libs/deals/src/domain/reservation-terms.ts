import {
  DomainError,
  type FieldViolation,
  isCalendarDate,
  type PeriodRange,
  plusDays,
  plusYears,
} from '@rongtong/kernel';
import type { CapacityDetails, CapacityUnit } from '@rongtong/listings';
import { type CapacityOffering, capacityPeriods, type OfferedPeriod } from './capacity-periods';
import type { Side } from './deal';
import { DealValidationError } from './deals.errors';

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
  const violations: FieldViolation[] = [];
  const request = {
    quantity: readQuantity(input.quantity, listing.offering.capacity.unit, violations),
    from: readDate(input.from, 'from', violations),
    to: readDate(input.to, 'to', violations),
    note: readNote(input.note, violations),
  };
  return plan(request, listing, today, { bySide: 'requester', priceFen: undefined }, violations);
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
  const violations: FieldViolation[] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DealValidationError([
      { field: 'body', message: 'must be an object {quantity, from?, to?, priceFen?, note?}' },
    ]);
  }
  const offer = body as Record<string, unknown>;
  for (const key of Object.keys(offer)) {
    if (!['quantity', 'from', 'to', 'priceFen', 'note'].includes(key)) {
      violations.push({ field: key, message: 'is not a known field' });
    }
  }
  let priceFen: number | null | undefined;
  if (offer.priceFen !== undefined) {
    if (offer.priceFen === null || (Number.isSafeInteger(offer.priceFen) && (offer.priceFen as number) >= 0)) {
      priceFen = offer.priceFen as number | null;
    } else {
      violations.push({ field: 'priceFen', message: 'must be a non-negative whole number of fen (1 yuan = 100 fen)' });
    }
  }
  const request = {
    quantity: readQuantity(offer.quantity, listing.offering.capacity.unit, violations),
    from: offer.from === undefined ? current.from : readDate(offer.from, 'from', violations),
    to: offer.to === undefined ? current.to : readDate(offer.to, 'to', violations),
    note: readNote(offer.note, violations),
  };
  return plan(
    request,
    listing,
    today,
    { bySide, priceFen: priceFen === undefined ? current.priceFen : priceFen },
    violations,
  );
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

function plan(
  request: { quantity?: number; from?: string; to?: string; note: string | null },
  listing: CapacityListing,
  today: string,
  options: { bySide: Side; priceFen: number | null | undefined },
  violations: FieldViolation[],
): ReservationPlan {
  const { offering } = listing;
  const { quantity, from, to } = request;
  if (from && to) {
    if (to < from) violations.push({ field: 'to', message: 'must not be before from' });
    else if (to >= plusYears(from, 1))
      violations.push({ field: 'to', message: 'the window may be at most a year long' });
  }
  if (from) {
    const leadTime = options.bySide === 'requester' ? offering.leadTimeDays : 0;
    const earliest = plusDays(today, leadTime);
    if (from < earliest) {
      violations.push({
        field: 'from',
        message: leadTime > 0 ? `must be ${earliest} or later (lead time ${leadTime} days)` : 'must not be in the past',
      });
    } else if (from > plusYears(today, 1)) {
      violations.push({ field: 'from', message: 'must be within a year from today' });
    }
  }
  const minOrder = offering.minOrder;
  if (
    quantity !== undefined &&
    options.bySide === 'requester' &&
    minOrder &&
    minOrder.unit === offering.capacity.unit &&
    quantity < minOrder.quantity
  ) {
    violations.push({
      field: 'quantity',
      message: `must be at least the minimum order, ${minOrder.quantity} ${minOrder.unit}`,
    });
  }
  if (violations.length > 0 || quantity === undefined || !from || !to) throw new DealValidationError(violations);

  const periods = capacityPeriods(offering, from, to);
  const missing = periods.filter((p) => p.offered <= 0);
  if (missing.length > 0) throw new PeriodNotOfferedError(missing.map(({ start, end }) => ({ start, end })));
  const priceFen = options.priceFen === undefined ? unitPriceOf(listing) : options.priceFen;
  return {
    periods,
    note: request.note,
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

function readQuantity(value: unknown, unit: string, violations: FieldViolation[]): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    violations.push({ field: 'quantity', message: 'is required: a number greater than 0' });
    return undefined;
  }
  if (value <= 0) {
    violations.push({ field: 'quantity', message: 'must be greater than 0' });
    return undefined;
  }
  if (COUNTED_UNITS.includes(unit) && !Number.isInteger(value)) {
    violations.push({ field: 'quantity', message: `must be a whole number of ${unit}s` });
    return undefined;
  }
  if (value > MAX_QUANTITY || decimalThousandths(value) === undefined) {
    violations.push({
      field: 'quantity',
      message: `must be at most ${MAX_QUANTITY}, to at most ${MAX_DECIMALS} decimals`,
    });
    return undefined;
  }
  return value;
}

/** `value` × 1000 exactly, read from its decimal spelling; undefined past three decimals. */
function decimalThousandths(value: number): bigint | undefined {
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(String(value));
  if (!match) return undefined;
  return BigInt(match[1]) * 1000n + BigInt((match[2] ?? '').padEnd(3, '0'));
}

function readDate(value: unknown, field: 'from' | 'to', violations: FieldViolation[]): string | undefined {
  if (!isCalendarDate(value)) {
    violations.push({ field, message: 'must be a date YYYY-MM-DD (inclusive, Asia/Shanghai)' });
    return undefined;
  }
  return value;
}

function readNote(value: unknown, violations: FieldViolation[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > MAX_NOTE) {
    violations.push({ field: 'note', message: `must be a text of at most ${MAX_NOTE} characters` });
    return null;
  }
  return value.trim() || null;
}
