import { type CalendarDate, FieldReader, INVALID, todayInChina } from '@rongtong/kernel';
import { AwardValidationError, QuoteValidationError } from './sourcing.errors';
import { MAX_QUANTITY, readDate } from './rfq';

export const QUOTE_STATUSES = ['live', 'withdrawn', 'awarded', 'not_awarded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** From `minQuantity` pieces (units) on, each costs `unitPriceFen`. */
export interface PriceBreak {
  minQuantity: number;
  unitPriceFen: number;
}

export interface QuoteContent {
  priceBreaks: PriceBreak[];
  leadTimeDays: number;
  validUntil: CalendarDate;
  notes: string | null;
}

export type QuoteInput = Partial<Record<'priceBreaks' | 'leadTimeDays' | 'validUntil' | 'notes', unknown>>;

/**
 * Reads a quote body, or throws 422 QUOTE_INVALID naming every bad field. Price breaks
 * come back sorted by quantity; no two share a minimum quantity.
 */
export function readQuote(input: QuoteInput, now: Date): QuoteContent {
  const r = new FieldReader((violations) => new QuoteValidationError(violations));
  const breaks = r.list(
    input.priceBreaks,
    'priceBreaks',
    (value, field) => {
      const item = r.object(value, field, ['minQuantity', 'unitPriceFen']);
      if (item === INVALID) return INVALID;
      return r.all({
        minQuantity: r.number(item.minQuantity, `${field}.minQuantity`, { integer: true, above: 0, max: MAX_QUANTITY }),
        unitPriceFen: r.fen(item.unitPriceFen, `${field}.unitPriceFen`),
      });
    },
    { minItems: 1, maxItems: 20 },
  );
  if (breaks !== INVALID && new Set(breaks.map((b) => b.minQuantity)).size !== breaks.length) {
    r.fail('priceBreaks', 'must not repeat a minQuantity');
  }
  let validUntil: CalendarDate | typeof INVALID = readDate(r, input.validUntil, 'validUntil');
  if (validUntil !== INVALID && validUntil < todayInChina(now)) {
    validUntil = r.fail('validUntil', 'must not be in the past');
  }
  const content = r.all({
    priceBreaks: breaks === INVALID ? INVALID : [...breaks].sort((a, b) => a.minQuantity - b.minQuantity),
    leadTimeDays: r.number(input.leadTimeDays, 'leadTimeDays', { integer: true, min: 0, max: 3650 }),
    validUntil,
    notes: r.note(input.notes, 'notes', 5_000),
  });
  return r.finish(content);
}

/**
 * The unit price at `quantity`: the break with the largest minimum quantity not above it.
 * Below the smallest break the quote does not apply (null).
 */
export function unitPriceAt(breaks: readonly PriceBreak[], quantity: number): number | null {
  let price: number | null = null;
  for (const b of [...breaks].sort((x, y) => x.minQuantity - y.minQuantity)) {
    if (b.minQuantity <= quantity) price = b.unitPriceFen;
  }
  return price;
}

export interface AwardLine {
  quoteId: string;
  quantity: number;
}

/**
 * Checks an award against the RFQ's quotes: each line names a live quote once, with a
 * whole quantity above 0, and together they award at most the quantity requested (422
 * AWARD_INVALID, naming each line).
 */
export function readAward(
  input: { awards?: unknown; reason?: unknown },
  requested: number,
  quotes: ReadonlyMap<string, { status: QuoteStatus; priceBreaks: readonly PriceBreak[] }>,
): { awards: AwardLine[]; reason: string | null } {
  const r = new FieldReader((violations) => new AwardValidationError(violations));
  const seen = new Set<string>();
  const awards = r.list(
    input.awards,
    'awards',
    (value, field) => {
      const item = r.object(value, field, ['quoteId', 'quantity']);
      if (item === INVALID) return INVALID;
      const quoteId = r.text(item.quoteId, `${field}.quoteId`, 36);
      if (quoteId !== INVALID) {
        if (quotes.get(quoteId)?.status !== 'live') r.fail(`${field}.quoteId`, 'is not a live quote of this RFQ');
        else if (seen.has(quoteId)) r.fail(`${field}.quoteId`, 'must be given once');
        seen.add(quoteId);
      }
      const quantity = r.number(item.quantity, `${field}.quantity`, { integer: true, above: 0, max: MAX_QUANTITY });
      const breaks = quoteId === INVALID ? undefined : quotes.get(quoteId)?.priceBreaks;
      if (quantity !== INVALID && breaks && unitPriceAt(breaks, quantity) === null) {
        const least = Math.min(...breaks.map((b) => b.minQuantity));
        return r.fail(`${field}.quantity`, `must be at least ${least}`);
      }
      return r.all({ quoteId, quantity });
    },
    { minItems: 1, maxItems: 50 },
  );
  if (awards !== INVALID) {
    const total = awards.reduce((sum, a) => sum + a.quantity, 0);
    if (total > requested) r.fail('awards', `must award at most the ${requested} requested, not ${total}`);
  }
  const reason = r.note(input.reason, 'reason', 2_000);
  return r.finish(r.all({ awards, reason }));
}
