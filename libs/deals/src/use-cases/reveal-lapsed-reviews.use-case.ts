import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { areReviewsRevealed } from '../domain';
import { DealRepository } from '../persistence/deal.repository';
import { ReviewRepository } from '../persistence/review.repository';
import { DealWorkflow } from '../workflow/deal-workflow';

/**
 * A lone review is shown once its blind period (`REVIEW_REVEAL_DAYS` after the deal
 * finished) ran out; this tells both parties, once, with `deal.review_revealed` from the
 * system. Run by the worker hourly.
 */
@Injectable()
export class RevealLapsedReviewsUseCase {
  private readonly logger = new Logger(RevealLapsedReviewsUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly reviews: ReviewRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  /** Announces up to `limit` reveals; returns how many. */
  async execute(limit = 500): Promise<number> {
    let announced = 0;
    for (const id of await this.reviews.revealedUnannounced(this.uow.db, limit)) {
      // One transaction per deal, under its lock: a second review landing now announces
      // its own reveal, and exactly one of the two is recorded.
      const done = await this.uow.run(async (tx) => {
        const deal = await this.deals.findById(tx, id, { forUpdate: true });
        if (!deal) return false;
        const { reviews, finishedAt } = await this.reviews.ofDeal(tx, id);
        const sidesWritten = reviews.map((r) => r.authorSide);
        if (reviews.length === 0 || !areReviewsRevealed({ sidesWritten, finishedAt, now: new Date() })) return false;
        if (!(await this.reviews.markRevealed(tx, id))) return false;
        // Both sides wrote, yet nothing was recorded (a review written before reveals were
        // recorded): revealed then, and announced then or never; not again now.
        if (new Set(sidesWritten).size > 1) return false;
        await this.workflow.announce(tx, 'deal.review_revealed', deal, { side: 'system', userId: null });
        return true;
      });
      if (done) announced += 1;
    }
    if (announced) this.logger.log(`Announced ${announced} review(s) revealed after the blind period`);
    return announced;
  }
}
