import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { areReviewsRevealed, isReviewable, ownSide, ReviewConflictError, SelfDealingError } from '../domain';
import { DealRepository } from '../persistence/deal.repository';
import { ReviewRepository } from '../persistence/review.repository';
import { DealWorkflow } from '../workflow/deal-workflow';
import { partyDeal } from '../access/party-deal';
import { reviewView } from '../views/review-view';

export interface WriteReviewInput {
  rating: number;
  body?: string;
}

/**
 * A party reviews the other once the deal ran its course: one review per side, about the
 * other side's organization, on the deal's listing. The deal row is locked so that of two
 * reviews landing together the second sees the first and announces `deal.review_revealed`;
 * the unique key (deal, side) refuses a second review of the same side whatever happens.
 */
@Injectable()
export class WriteReviewUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly reviews: ReviewRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  async execute(actor: Actor, dealId: string, input: WriteReviewInput) {
    return this.uow.run(async (tx) => {
      const { deal, sides } = await partyDeal(tx, this.deals, actor, dealId, { forUpdate: true });
      // A member of both parties reviewing their own deal: the rating would count for nothing honest.
      if (sides.length > 1) throw new SelfDealingError('A member of both parties cannot review their deal');
      const side = ownSide(sides);
      if (!isReviewable(deal.kind, deal.state)) {
        throw new ReviewConflictError(
          'REVIEW_NOT_ALLOWED',
          'A deal is reviewed once it is completed (a licence, once agreed)',
        );
      }
      const review = await this.reviews.insertOnce(tx, {
        dealId: deal.id,
        authorSide: side,
        authorUserId: actor.userId,
        authorOrganizationId: side === 'requester' ? deal.requesterOrganizationId : deal.providerOrganizationId,
        subjectOrganizationId: side === 'requester' ? deal.providerOrganizationId : deal.requesterOrganizationId,
        listingId: deal.listingId,
        rating: input.rating,
        body: input.body?.trim() ?? '',
      });
      if (!review) throw new ReviewConflictError('REVIEW_EXISTS', `The ${side} has already reviewed this deal`);
      const { reviews, finishedAt } = await this.reviews.ofDeal(tx, deal.id);
      const sidesWritten = reviews.map((r) => r.authorSide);
      const both = sidesWritten.includes('requester') && sidesWritten.includes('provider');
      // Not again when the blind period already revealed (and announced) the first review.
      if (both && (await this.reviews.markRevealed(tx, deal.id))) {
        await this.workflow.announce(tx, 'deal.review_revealed', deal, { side, userId: actor.userId });
      }
      return reviewView(review, areReviewsRevealed({ sidesWritten, finishedAt, now: new Date() }));
    });
  }
}
