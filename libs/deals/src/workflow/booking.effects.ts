import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { DealNotDueError } from '../domain';
import { BookingRepository } from '../persistence/booking.repository';
import type { DealRecord } from '../persistence/deal.repository';
import type { DealEffects, StepContext, StepOutcome } from './deal-workflow';

const RELEASING = new Set(['declined', 'expired', 'cancelled']);

/**
 * Equipment time: a declined, lapsed or cancelled booking frees its slot; a cancellation
 * inside the listing's cutoff is marked late; completion and no-show come after the start.
 */
@Injectable()
export class BookingEffects implements DealEffects {
  readonly kind = 'booking' as const;

  constructor(private readonly bookings: BookingRepository) {}

  async apply(tx: Db, deal: DealRecord, step: StepContext): Promise<StepOutcome | void> {
    const start = new Date(String(deal.terms.start));
    if ((step.action === 'complete' || step.action === 'no_show') && step.now < start) {
      throw new DealNotDueError(`A booking can be marked ${step.action.replace('_', '-')} once it has started`, {
        reason: 'not_started',
        action: step.action,
      });
    }
    if (RELEASING.has(step.to)) await this.bookings.release(tx, deal.id);
    if (step.action === 'cancel' && step.from === 'confirmed') {
      const cutoffHours = Number(deal.terms.cancellationCutoffHours ?? 24);
      const late = step.now.getTime() > start.getTime() - cutoffHours * 3_600_000;
      return { lateCancellation: late, data: { late, cutoffHours } };
    }
  }

  async extras(db: Db, deal: DealRecord): Promise<Record<string, unknown>> {
    const booking = await this.bookings.findByDeal(db, deal.id);
    return booking
      ? {
          booking: {
            start: booking.start,
            end: booking.end,
            blockedUntil: booking.blockedUntil,
            holdsSlot: booking.active,
          },
        }
      : {};
  }
}

/** Sample testing: the report is due `turnaroundDays` after the samples arrive. */
@Injectable()
export class SampleTestEffects implements DealEffects {
  readonly kind = 'sample_test' as const;

  async apply(_tx: Db, deal: DealRecord, step: StepContext): Promise<StepOutcome | void> {
    if (step.action === 'receive_samples') {
      const days = deal.terms.turnaroundDays;
      if (typeof days === 'number') {
        const due = new Date(step.now.getTime() + days * 86_400_000).toISOString();
        return { terms: { ...deal.terms, reportDueBy: due }, data: { reportDueBy: due } };
      }
    }
    if (step.action === 'deliver_report' && !step.input.data?.reportDocumentId) {
      throw new DealNotDueError('Deliver the report as a document (POST /deals/:id/report)', {
        reason: 'report_as_document',
      });
    }
  }
}
