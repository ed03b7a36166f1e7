import { Injectable, Logger } from '@nestjs/common';
import { todayInChina } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { DEMAND_EVENTS, type DemandStatusChangedPayload } from '../domain';
import { DemandRepository } from '../persistence/demand.repository';

const BATCH = 500;

/**
 * Demands still wanted past their deadline (a China date) expire. Run hourly by the
 * worker's maintenance queue; each batch is one transaction with its events.
 */
@Injectable()
export class ExpireDemandsUseCase {
  private readonly logger = new Logger(ExpireDemandsUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly demands: DemandRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Expires every demand past its deadline; returns how many. */
  async execute(now = new Date()): Promise<number> {
    const today = todayInChina(now);
    let expired = 0;
    for (;;) {
      const batch = await this.uow.run(async (tx) => {
        const rows = await this.demands.expirePastDeadline(tx, today, BATCH);
        await this.outbox.append(
          tx,
          ...rows.map(({ demand, previousStatus }) => ({
            type: DEMAND_EVENTS.statusChanged,
            aggregateType: 'demand',
            aggregateId: demand.id,
            payload: {
              demandId: demand.id,
              organizationId: demand.organizationId,
              kind: demand.kind,
              status: demand.status,
              previousStatus,
            } satisfies DemandStatusChangedPayload,
          })),
        );
        return rows.length;
      });
      expired += batch;
      if (batch < BATCH) break;
    }
    if (expired) this.logger.log(`Expired ${expired} demand(s) past their deadline`);
    return expired;
  }
}
