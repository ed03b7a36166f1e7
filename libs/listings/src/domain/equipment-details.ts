import { FieldReader, INVALID } from '@rongtong/kernel';
import { type BookingRules, readBookingRules } from './booking-rules';
import { listingValidationError } from './listings.errors';

export const SERVICE_MODES = ['self_operated', 'technician_operated', 'sample_testing'] as const;
export type ServiceMode = (typeof SERVICE_MODES)[number];

export interface EquipmentDetails {
  manufacturer: string;
  model: string;
  /** Distinct, in the order the owner lists them. */
  serviceModes: ServiceMode[];
  /** Null: on request. */
  hourlyRateFen: number | null;
  /** Days to a sample-testing report; null when not stated. */
  turnaroundDays: number | null;
  requiresTraining: boolean;
  booking: BookingRules;
}

const EQUIPMENT_FIELDS = [
  'manufacturer',
  'model',
  'serviceModes',
  'hourlyRateFen',
  'turnaroundDays',
  'requiresTraining',
  'booking',
] as const;

/**
 * Validates and normalises an equipment listing's details. `requiresTraining` defaults to
 * whether the equipment is self-operated (only users the owner trained may run it);
 * booking rules default field by field (see `defaultBookingRules`).
 */
export function validateEquipmentDetails(details: unknown): EquipmentDetails {
  const c = new FieldReader(listingValidationError);
  const d = c.object(details, 'details', EQUIPMENT_FIELDS);
  if (d === INVALID) return c.abort();

  const serviceModes = c.setOf(d.serviceModes, 'details.serviceModes', SERVICE_MODES, {
    nonEmpty: true,
  });
  const has = (mode: ServiceMode) => serviceModes !== INVALID && serviceModes.includes(mode);

  return c.finish(
    c.all({
      manufacturer: c.text(d.manufacturer, 'details.manufacturer'),
      model: c.text(d.model, 'details.model'),
      serviceModes,
      hourlyRateFen: c.orNull(d.hourlyRateFen, (v) => c.fen(v, 'details.hourlyRateFen')),
      turnaroundDays: c.orNull(d.turnaroundDays, (v) =>
        c.number(v, 'details.turnaroundDays', { integer: true, min: 0, max: 365 }),
      ),
      requiresTraining: c.orDefault(d.requiresTraining, has('self_operated'), (v) =>
        c.boolean(v, 'details.requiresTraining'),
      ),
      booking: readBookingRules(c, d.booking, 'details.booking', {
        // Unknown modes are already refused; assume slots so their rules are still checked.
        timeSlots: serviceModes === INVALID || has('self_operated') || has('technician_operated'),
      }),
    }),
  );
}
