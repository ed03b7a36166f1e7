import { Injectable } from '@nestjs/common';
import { ReasonRequiredError } from '@rongtong/kernel';
import type { Db } from '@rongtong/platform';
import type { DealRecord } from '../persistence/deal.repository';
import type { DealEffects, StepContext, StepOutcome } from './deal-workflow';

/**
 * Orders (an RFQ's award): they hold no time, capacity or licence. A party that cancels
 * one says why, and the step records when it shipped and was received.
 */
@Injectable()
export class OrderEffects implements DealEffects {
  readonly kind = 'order' as const;

  async apply(_tx: Db, _deal: DealRecord, step: StepContext): Promise<StepOutcome | void> {
    if (step.action === 'cancel' && !step.input.reason) throw new ReasonRequiredError();
    if (step.action === 'ship') return { data: { shippedAt: step.now.toISOString() } };
    if (step.action === 'receive') return { data: { receivedAt: step.now.toISOString() } };
  }

  async extras(_db: Db, deal: DealRecord): Promise<Record<string, unknown>> {
    return { order: deal.terms };
  }
}
