import { Injectable } from '@nestjs/common';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { isDemandActive } from '../domain';
import { DemandRepository } from '../persistence/demand.repository';
import { changeDemandStatus } from './change-demand-status.use-case';

/**
 * A deal opened from one of a demand's matches completed: the demand is fulfilled. For
 * the worker to call on `deal.state_changed` to `completed`; true when a demand moved.
 */
@Injectable()
export class FulfilDemandFromDealUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async execute(input: { dealId: string }): Promise<boolean> {
    return this.uow.run(async (tx) => {
      const demand = await this.demands.findByDeal(tx, input.dealId, { forUpdate: true });
      if (!demand || !isDemandActive(demand.status)) return false;
      await changeDemandStatus(
        tx,
        this.demands,
        this.outbox,
        demand,
        'fulfil',
        'a deal from one of its matches completed',
      );
      return true;
    });
  }
}
