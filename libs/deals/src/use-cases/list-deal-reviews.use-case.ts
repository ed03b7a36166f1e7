import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { areReviewsRevealed, reviewsRevealAt, reviewsVisibleTo } from '../domain';
import { DealRepository } from '../persistence/deal.repository';
import { ReviewRepository } from '../persistence/review.repository';
import { partyDeal } from '../access/party-deal';
import { reviewView } from '../views/review-view';

/**
 * A deal's reviews for its parties: their own side's always, the other side's once
 * revealed. `revealsAt` is when a lone review is shown anyway (null while the deal runs).
 */
@Injectable()
export class ListDealReviewsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly reviews: ReviewRepository,
  ) {}

  async execute(actor: Actor, dealId: string) {
    const { deal, sides } = await partyDeal(this.uow.db, this.deals, actor, dealId);
    const { reviews, finishedAt } = await this.reviews.ofDeal(this.uow.db, deal.id);
    const revealed = areReviewsRevealed({
      sidesWritten: reviews.map((r) => r.authorSide),
      finishedAt,
      now: new Date(),
    });
    return {
      revealed,
      revealsAt: reviews.length > 0 ? reviewsRevealAt(finishedAt) : null,
      items: reviewsVisibleTo(reviews, sides, revealed).map((review) => reviewView(review, revealed)),
    };
  }
}
