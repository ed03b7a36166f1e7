import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { todayInChina, assertKnownRegionCode } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import {
  DEMAND_EVENTS,
  type DemandEventPayload,
  type DemandInput,
  DemandStateConflictError,
  DemandVersionConflictError,
  isDemandActive,
  readDemandPatch,
} from '../domain';
import { DemandRepository } from '../persistence/demand.repository';
import { demandView } from './demand-view';
import { MatchingParties } from './matching-parties';

/**
 * The owner edits a demand still wanted (open or matched). `expectedVersion` guards
 * against overwriting a colleague's edit; `demand.updated` has the matcher run again.
 */
@Injectable()
export class UpdateDemandUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: MatchingParties,
  ) {}

  async execute(actor: Actor, demandId: string, expectedVersion: number, patch: DemandInput) {
    const current = await this.parties.ownedDemand(this.uow.db, actor, demandId);
    if (!isDemandActive(current.status)) throw new DemandStateConflictError(current.status, 'edited');
    const content = readDemandPatch(current, patch, {
      today: todayInChina(),
      defaultRegionCode: await this.parties.regionOf(current.organizationId),
    });
    assertKnownRegionCode(patch.regionCode, 'regionCode');
    const demand = await this.uow.run(async (tx) => {
      const locked = await this.parties.ownedDemand(tx, actor, demandId, { forUpdate: true });
      if (locked.version !== expectedVersion) throw new DemandVersionConflictError(locked.version);
      if (!isDemandActive(locked.status)) throw new DemandStateConflictError(locked.status, 'edited');
      const updated = (await this.demands.replaceContent(
        tx,
        locked.organizationId,
        demandId,
        content,
        expectedVersion,
      ))!;
      await this.outbox.append(tx, {
        type: DEMAND_EVENTS.updated,
        aggregateType: 'demand',
        aggregateId: demandId,
        payload: {
          demandId,
          organizationId: updated.organizationId,
          kind: updated.kind,
        } satisfies DemandEventPayload,
      });
      return updated;
    });
    return demandView(demand);
  }
}
