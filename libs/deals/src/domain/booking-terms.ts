import { type FieldViolation, readInstant } from '@rongtong/kernel';
import { DealValidationError } from './deals.errors';

export const TIME_SLOT_MODES = ['self_operated', 'technician_operated'] as const;
export type TimeSlotMode = (typeof TIME_SLOT_MODES)[number];

/** Equipment time: a slot in one of the listing's time-slot service modes. */
export interface BookingTerms {
  serviceMode: TimeSlotMode;
  start: string;
  end: string;
  minutes: number;
  /** The listing's hourly rate × hours, when it states one; what is billed is agreed off-platform. */
  estimatedFeeFen: number | null;
  /** The listing's cutoff when booked: cancelling later than this before the start is late. */
  cancellationCutoffHours: number;
  note: string | null;
}

/** Sample-submission testing: what is sent and what is to be measured. */
export interface SampleTestTerms {
  serviceMode: 'sample_testing';
  samples: number;
  testItems: string[];
  note: string | null;
  turnaroundDays: number | null;
  estimatedFeeFen: number | null;
  /** Set when the provider receives the samples: the report is due by then. */
  reportDueBy?: string;
}

export interface BookingRequestInput {
  serviceMode?: unknown;
  start?: unknown;
  end?: unknown;
  samples?: unknown;
  testItems?: unknown;
  note?: unknown;
}

export type BookingRequest =
  | { serviceMode: TimeSlotMode; start: Date; end: Date; note: string | null }
  | { serviceMode: 'sample_testing'; samples: number; testItems: string[]; note: string | null };

/** Reads a booking body: a time slot, or samples and test items. Every violation at once. */
export function readBookingRequest(input: BookingRequestInput): BookingRequest {
  const violations: FieldViolation[] = [];
  const note = readNote(input.note, violations);
  if (input.serviceMode === 'sample_testing') {
    const samples = input.samples;
    if (typeof samples !== 'number' || !Number.isInteger(samples) || samples < 1 || samples > 1000) {
      violations.push({ field: 'samples', message: 'must be the number of samples, 1–1000' });
    }
    const items = input.testItems;
    const testItems = Array.isArray(items)
      ? items.map((item) => (typeof item === 'string' ? item.trim() : '')).filter(Boolean)
      : [];
    if (!Array.isArray(items) || testItems.length !== items.length || testItems.length === 0 || testItems.length > 50) {
      violations.push({ field: 'testItems', message: 'must list 1–50 test items, each a non-empty text' });
    } else if (testItems.some((item) => item.length > 200)) {
      violations.push({ field: 'testItems', message: 'each item must be at most 200 characters' });
    }
    for (const field of ['start', 'end'] as const) {
      if (input[field] !== undefined) violations.push({ field, message: 'is not used for sample testing' });
    }
    if (violations.length) throw new DealValidationError(violations);
    return { serviceMode: 'sample_testing', samples: samples as number, testItems: [...new Set(testItems)], note };
  }
  if (!TIME_SLOT_MODES.includes(input.serviceMode as TimeSlotMode)) {
    violations.push({ field: 'serviceMode', message: 'must be self_operated, technician_operated or sample_testing' });
  }
  const start = readInstant(input.start, 'start', violations);
  const end = readInstant(input.end, 'end', violations);
  if (start && end && end <= start) violations.push({ field: 'end', message: 'must be after start' });
  for (const field of ['samples', 'testItems'] as const) {
    if (input[field] !== undefined) violations.push({ field, message: 'is only used for sample testing' });
  }
  if (violations.length) throw new DealValidationError(violations);
  return { serviceMode: input.serviceMode as TimeSlotMode, start: start!, end: end!, note };
}

function readNote(value: unknown, violations: FieldViolation[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || value.length > 2000) {
    violations.push({ field: 'note', message: 'must be a text of at most 2000 characters' });
    return null;
  }
  return value.trim() || null;
}

/** Rate × time in whole fen, rounded half up; null when the listing states no rate. */
export function estimateFee(hourlyRateFen: number | null, minutes: number): number | null {
  if (hourlyRateFen === null) return null;
  return Math.round((hourlyRateFen * minutes) / 60);
}
