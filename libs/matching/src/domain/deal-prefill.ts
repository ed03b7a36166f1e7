import type { LicenceType, TimeSlotMode } from '@rongtong/deals';
import { chinaMidnight, type Interval, plusDays } from '@rongtong/kernel';
import type { CapacityPeriod, CapacityUnit } from '@rongtong/listings';
import type { DemandContentOf } from './demand';
import { MatchNotAcceptableError, NoFreeSlotError } from './matching.errors';

/**
 * The deal an accepted match opens, as the deals context's create use cases take it: a
 * reservation for capacity, a licence request for a patent, a booking (a time slot or
 * sample testing) for equipment. The SME's enterprise asks; the note says which demand.
 */
export type DealPrefill =
  | {
      kind: 'reservation';
      input: { listingId: string; organizationId: string; quantity: number; from: string; to: string; note: string };
    }
  | {
      kind: 'licence';
      input: {
        listingId: string;
        organizationId: string;
        licenceType: LicenceType;
        territory: string;
        fieldOfUse: string;
        termMonths: number;
        upfrontFeeFen: number;
        royaltyPercent: number;
        note: string;
      };
    }
  | {
      kind: 'booking';
      input: {
        listingId: string;
        organizationId: string;
        serviceMode: TimeSlotMode | 'sample_testing';
        start?: string;
        end?: string;
        samples?: number;
        testItems?: string[];
        note: string;
      };
    };

export interface PrefillTarget {
  listingId: string;
  /** The SME's enterprise: the demand's organization. */
  organizationId: string;
}

/** A licence request's term when the demand states none: a year, for the provider to counter. */
export const DEFAULT_LICENCE_TERM_MONTHS = 12;

/** What of a capacity listing a reservation prefill needs. */
export interface CapacityOffer {
  unit: CapacityUnit;
  per: CapacityPeriod;
  leadTimeDays: number;
}

/**
 * A reservation of the demanded quantity (in the listing's period: a monthly need becomes
 * 12/52 of it each week, rounded up) over the demand's window, starting no earlier than
 * the listing's lead time allows.
 */
export function reservationPrefill(
  demand: DemandContentOf<'capacity'>,
  target: PrefillTarget,
  offer: CapacityOffer,
  today: string,
): DealPrefill {
  const d = demand.details;
  if (d.unit !== offer.unit) {
    throw new MatchNotAcceptableError(
      'UNIT_MISMATCH',
      `The listing offers capacity in ${offer.unit}, the demand asks for ${d.unit}: reserve it directly`,
      { demandUnit: d.unit, listingUnit: offer.unit },
    );
  }
  const earliest = plusDays(today, offer.leadTimeDays);
  const from = d.from < earliest ? earliest : d.from;
  if (from > d.to) {
    throw new MatchNotAcceptableError(
      'WINDOW_TOO_SOON',
      `The listing needs ${offer.leadTimeDays} days' lead time: the earliest start, ${earliest}, is after the demand's window ends (${d.to})`,
      { earliest, to: d.to },
    );
  }
  return {
    kind: 'reservation',
    input: {
      ...target,
      quantity: convertQuantity(d.quantity, d.per, offer.per, d.unit),
      from,
      to: d.to,
      note: noteFor(demand.title),
    },
  };
}

/** A quantity per week or month in the other period: 52 weeks = 12 months, rounded up to the unit's precision. */
export function convertQuantity(
  quantity: number,
  from: CapacityPeriod,
  to: CapacityPeriod,
  unit: CapacityUnit,
): number {
  if (from === to) return quantity;
  const converted = from === 'month' ? (quantity * 12) / 52 : (quantity * 52) / 12;
  // Tolerates float noise (12 × 52 / 12) before rounding up.
  const up = (value: number, scale: number) => Math.ceil(Math.round(value * scale * 1e6) / 1e6) / scale;
  return unit === 'piece' ? up(converted, 1) : up(converted, 1000);
}

/** A licence request with the demand's terms; the upfront fee its budget (or 0), no royalty: for the provider to counter. */
export function licencePrefill(demand: DemandContentOf<'ip'>, target: PrefillTarget): DealPrefill {
  const d = demand.details;
  return {
    kind: 'licence',
    input: {
      ...target,
      licenceType: d.licenceType,
      territory: d.territory,
      fieldOfUse: d.fieldOfUse,
      termMonths: d.termMonths ?? DEFAULT_LICENCE_TERM_MONTHS,
      upfrontFeeFen: demand.budgetFen ?? 0,
      royaltyPercent: 0,
      note: noteFor(demand.title),
    },
  };
}

/** Sample testing: the demanded samples and test items. */
export function sampleTestPrefill(demand: DemandContentOf<'equipment'>, target: PrefillTarget): DealPrefill {
  const d = demand.details;
  if (d.serviceMode !== 'sample_testing') throw new TypeError('not a sample-testing demand');
  return {
    kind: 'booking',
    input: {
      ...target,
      serviceMode: 'sample_testing',
      samples: d.samples,
      testItems: d.testItems,
      note: noteFor(demand.title),
    },
  };
}

/** A time slot found free on the equipment. */
export function slotPrefill(
  demand: DemandContentOf<'equipment'>,
  target: PrefillTarget,
  slot: { start: string; end: string },
): DealPrefill {
  const d = demand.details;
  if (d.serviceMode === 'sample_testing') throw new TypeError('not a time-slot demand');
  return {
    kind: 'booking',
    input: { ...target, serviceMode: d.serviceMode, start: slot.start, end: slot.end, note: noteFor(demand.title) },
  };
}

/**
 * The booking length for `hours` under the listing's rules: rounded up to its slot grid and
 * at least its minimum; 409 NO_FREE_SLOT when it exceeds the longest booking allowed.
 */
export function bookingMinutes(
  hours: number,
  rules: { slotMinutes: number; minMinutes: number; maxMinutes: number | null },
): number {
  const minutes = Math.max(Math.ceil((hours * 60) / rules.slotMinutes) * rules.slotMinutes, rules.minMinutes);
  if (rules.maxMinutes !== null && minutes > rules.maxMinutes) {
    throw new NoFreeSlotError(
      `${hours} hours is longer than the longest booking this equipment takes (${rules.maxMinutes} minutes): book it in parts`,
      { minutes, maxMinutes: rules.maxMinutes },
    );
  }
  return minutes;
}

/** The first free interval that holds `minutes`, as a slot from its start. */
export function firstFit(free: readonly Interval[], minutes: number): Interval | undefined {
  const length = minutes * 60_000;
  const fit = free.find((i) => i.end.getTime() - i.start.getTime() >= length);
  return fit && { start: fit.start, end: new Date(fit.start.getTime() + length) };
}

/** A demand's window of inclusive China dates as instants: `[from 00:00, the day after to 00:00)` +08:00. */
export function windowInstants(from: string, to: string): Interval {
  return {
    start: chinaMidnight(from),
    end: chinaMidnight(plusDays(to, 1)),
  };
}

function noteFor(title: string): string {
  return `From demand: ${title}`;
}
