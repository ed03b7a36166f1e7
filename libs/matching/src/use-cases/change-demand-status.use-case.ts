import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { OutboxWriter, type Db, UnitOfWork } from '@rongtong/platform';
import {
  DEMAND_EVENTS,
  type DemandAction,
  type DemandStatusChangedPayload,
  DemandValidationError,
  demandStatusesFor,
  nextDemandStatus,
} from '../domain';
import { type DemandRecord, DemandRepository } from '../persistence/demand.repository';
import { demandView } from './demand-view';
import { MatchingParties } from './matching-parties';

const REASON_MAX_LENGTH = 2000;

/** The owner closes a demand (no longer wanted) or marks it fulfilled. */
@Injectable()
export class ChangeDemandStatusUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: MatchingParties,
  ) {}

  async execute(actor: Actor, demandId: string, action: 'close' | 'fulfil', reason?: string) {
    const text = reason?.trim() || null;
    if (text && text.length > REASON_MAX_LENGTH) {
      throw new DemandValidationError([
        { field: 'reason', message: `must be at most ${REASON_MAX_LENGTH} characters` },
      ]);
    }
    const demand = await this.uow.run(async (tx) => {
      const locked = await this.parties.ownedDemand(tx, actor, demandId, { forUpdate: true });
      return changeDemandStatus(tx, this.demands, this.outbox, locked, action, text);
    });
    return demandView(demand);
  }
}

/** One status step with its `demand.status_changed` event, inside the caller's transaction. */
export async function changeDemandStatus(
  tx: Db,
  demands: DemandRepository,
  outbox: OutboxWriter,
  demand: DemandRecord,
  action: DemandAction,
  reason: string | null,
): Promise<DemandRecord> {
  const status = nextDemandStatus(demand.status, action);
  const changed = (await demands.setStatus(tx, demand.organizationId, demand.id, {
    status,
    from: demandStatusesFor(action),
    reason,
  }))!;
  await outbox.append(tx, {
    type: DEMAND_EVENTS.statusChanged,
    aggregateType: 'demand',
    aggregateId: demand.id,
    payload: {
      demandId: demand.id,
      organizationId: demand.organizationId,
      kind: demand.kind,
      status,
      previousStatus: demand.status,
    } satisfies DemandStatusChangedPayload,
  });
  return changed;
}
