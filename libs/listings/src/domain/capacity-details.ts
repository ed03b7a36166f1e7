import { type Checked, FieldReader, INVALID, isCalendarDate } from '@rongtong/kernel';
import { canonicalCertification } from './taxonomy';
import { listingValidationError } from './listings.errors';

export const CAPACITY_UNITS = ['machine_hour', 'piece', 'tonne'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];
export const CAPACITY_PERIODS = ['week', 'month'] as const;
export type CapacityPeriod = (typeof CAPACITY_PERIODS)[number];
/** Minimum orders are also stated in kilograms (heat treatment) and sets (moulds). */
export const MIN_ORDER_UNITS = ['machine_hour', 'piece', 'tonne', 'kg', 'set'] as const;
export type MinOrderUnit = (typeof MIN_ORDER_UNITS)[number];
const COUNTED_UNITS: readonly string[] = ['piece', 'set'];

export interface CapacityDetails {
  process: string;
  materials: string[];
  /** What is offered in each period (week or month). */
  capacity: { quantity: number; unit: CapacityUnit; per: CapacityPeriod };
  /** Largest part, x · y · z in mm; null when not stated or not meaningful. */
  maxPartSizeMm: [number, number, number] | null;
  /** Achievable tolerance (±mm); null when not stated (e.g. heat treatment). */
  toleranceMm: number | null;
  /** Canonical spellings (`IATF 16949`), distinct. */
  certifications: string[];
  /** Null: no minimum. */
  minOrder: { quantity: number; unit: MinOrderUnit } | null;
  leadTimeDays: number;
  /**
   * The periods on offer, each a date range with the quantity offered in each of its
   * weeks or months (default: `capacity.quantity`). Empty: offered every period, open-ended.
   */
  periods: CapacityOffer[];
}

export interface CapacityOffer {
  /** First and last day, `YYYY-MM-DD`, inclusive. */
  start: string;
  end: string;
  quantity: number;
}

const CAPACITY_FIELDS = [
  'process',
  'materials',
  'capacity',
  'maxPartSizeMm',
  'toleranceMm',
  'certifications',
  'minOrder',
  'leadTimeDays',
  'periods',
] as const;

/**
 * Validates and normalises a capacity listing's details. Materials and certifications
 * default to none, part size, tolerance and minimum order to not stated.
 */
export function validateCapacityDetails(details: unknown): CapacityDetails {
  const c = new FieldReader(listingValidationError);
  const d = c.object(details, 'details', CAPACITY_FIELDS);
  if (d === INVALID) return c.abort();

  const quantity = (v: unknown, f: string, unit: Checked<string>) =>
    c.number(v, f, { above: 0, integer: unit !== INVALID && COUNTED_UNITS.includes(unit) });

  return c.finish(
    c.all({
      process: c.text(d.process, 'details.process', 100),
      materials: c.orDefault(d.materials, [], (v) => c.texts(v, 'details.materials')),
      capacity: readAmount(c, d.capacity, 'details.capacity', ['unit', 'per'], (o, f) => {
        const unit = c.oneOf(o.unit, `${f}.unit`, CAPACITY_UNITS);
        return c.all({
          quantity: quantity(o.quantity, `${f}.quantity`, unit),
          unit,
          per: c.oneOf(o.per, `${f}.per`, CAPACITY_PERIODS),
        });
      }),
      maxPartSizeMm: c.orNull(d.maxPartSizeMm, (v) => {
        const size = c.list(v, 'details.maxPartSizeMm', (n, f) => c.number(n, f, { above: 0 }), {
          minItems: 3,
          maxItems: 3,
        });
        return size === INVALID ? INVALID : ([size[0], size[1], size[2]] as [number, number, number]);
      }),
      toleranceMm: c.orNull(d.toleranceMm, (v) => c.number(v, 'details.toleranceMm', { above: 0 })),
      certifications: c.orDefault(d.certifications, [], (v) =>
        c.texts(v, 'details.certifications', canonicalCertification),
      ),
      minOrder: c.orNull(d.minOrder, (v) =>
        readAmount(c, v, 'details.minOrder', ['unit'], (o, f) => {
          const unit = c.oneOf(o.unit, `${f}.unit`, MIN_ORDER_UNITS);
          return c.all({ quantity: quantity(o.quantity, `${f}.quantity`, unit), unit });
        }),
      ),
      leadTimeDays: c.number(d.leadTimeDays, 'details.leadTimeDays', { integer: true, min: 0 }),
      periods: c.orDefault(d.periods, [], (v) => readPeriods(c, v, d.capacity)),
    }),
  );
}

function readPeriods(c: FieldReader, value: unknown, capacity: unknown): Checked<CapacityOffer[]> {
  const base = (capacity as { quantity?: unknown } | undefined)?.quantity;
  const periods = c.list(value, 'details.periods', (item, f) => {
    const o = c.object(item, f, ['start', 'end', 'quantity']);
    if (o === INVALID) return INVALID;
    const date = (v: unknown, field: string) => (isCalendarDate(v) ? v : c.fail(field, 'must be a date YYYY-MM-DD'));
    const start = date(o.start, `${f}.start`);
    const end = date(o.end, `${f}.end`);
    if (start !== INVALID && end !== INVALID && end < start) return c.fail(`${f}.end`, 'must not be before start');
    const quantity =
      o.quantity === undefined
        ? typeof base === 'number' && base > 0
          ? base
          : c.fail(`${f}.quantity`, 'is required')
        : c.number(o.quantity, `${f}.quantity`, { above: 0 });
    return c.all({ start, end, quantity });
  });
  if (periods === INVALID) return INVALID;
  const sorted = [...periods].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start <= sorted[i - 1].end) return c.fail('details.periods', 'periods must not overlap');
  }
  return sorted;
}

function readAmount<T>(
  c: FieldReader,
  value: unknown,
  field: string,
  keys: readonly string[],
  read: (o: Record<string, unknown>, field: string) => Checked<T>,
): Checked<T> {
  const o = c.object(value, field, ['quantity', ...keys]);
  return o === INVALID ? INVALID : read(o, field);
}
