import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { DealRepository } from '../persistence/deal.repository';
import { DealWorkflow } from '../workflow/deal-workflow';

/**
 * Requests and counter-offers nobody answered in time lapse: what they held (a slot,
 * capacity) is freed and both parties hear of it. Run by the worker every minute, and
 * at once by a booking that finds its slot blocked by a lapsed hold.
 */
@Injectable()
export class ExpireLapsedDealsUseCase {
  private readonly logger = new Logger(ExpireLapsedDealsUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  /** Expires up to `limit` lapsed deals (all of them when called in a loop); returns how many. */
  async execute(options: { limit?: number; listingId?: string; dealIds?: string[] } = {}): Promise<number> {
    const ids =
      options.dealIds ??
      (await this.deals.lapsedHolds(this.uow.db, new Date(), options.limit ?? 500, options.listingId));
    let expired = 0;
    for (const id of ids) {
      // One transaction per deal: one deal's failure does not hold back the others.
      try {
        const done = await this.uow.run(async (tx) => {
          const deal = await this.deals.findById(tx, id, { forUpdate: true });
          if (!deal || !deal.holdExpiresAt || deal.holdExpiresAt > new Date()) return false;
          if (deal.state !== 'requested' && deal.state !== 'countered') return false;
          await this.workflow.step(tx, deal, 'expire', { side: 'system', userId: null });
          return true;
        });
        if (done) expired += 1;
      } catch (error) {
        this.logger.error({ err: error, dealId: id }, 'Could not expire a lapsed deal');
      }
    }
    if (expired) this.logger.log(`Expired ${expired} lapsed deal(s)`);
    return expired;
  }
}
