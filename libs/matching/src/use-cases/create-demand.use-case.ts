import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { todayInChina, assertKnownRegionCode } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { DEMAND_EVENTS, type DemandEventPayload, type DemandInput, readDemand } from '../domain';
import { DemandRepository } from '../persistence/demand.repository';
import { demandView } from './demand-view';
import { MatchingParties } from './matching-parties';

export interface CreateDemandInput extends DemandInput {
  /** Which of the caller's enterprises posts; optional when the caller has one. */
  organizationId?: string;
}

/**
 * An SME posts what it needs. The demand and its `demand.created` event are written in
 * one transaction; the matcher picks the event up in the background.
 */
@Injectable()
export class CreateDemandUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: MatchingParties,
  ) {}

  async execute(actor: Actor, input: CreateDemandInput) {
    assertEmailVerified(actor);
    const { organizationId: named, ...body } = input;
    const organizationId = await this.parties.postingOrganization(actor, named);
    const content = readDemand(body, {
      today: todayInChina(),
      defaultRegionCode: await this.parties.regionOf(organizationId),
    });
    assertKnownRegionCode(body.regionCode, 'regionCode');
    const demand = await this.uow.run(async (tx) => {
      const created = await this.demands.insert(tx, { organizationId, createdBy: actor.userId, content });
      await this.outbox.append(tx, {
        type: DEMAND_EVENTS.created,
        aggregateType: 'demand',
        aggregateId: created.id,
        payload: { demandId: created.id, organizationId, kind: created.kind } satisfies DemandEventPayload,
      });
      return created;
    });
    return demandView(demand);
  }
}
