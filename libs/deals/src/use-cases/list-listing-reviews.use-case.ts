import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { GetListingUseCase } from '@rongtong/listings';
import { UnitOfWork } from '@rongtong/platform';
import { ReviewRepository } from '../persistence/review.repository';
import { publicReviewsView, type ReviewPage } from '../views/review-view';

/**
 * What requesters said about a listing's provider, once revealed, newest first, with the
 * average over all of them. Public, for a listing the caller may see (404 otherwise).
 */
@Injectable()
export class ListListingReviewsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly listings: GetListingUseCase,
    private readonly reviews: ReviewRepository,
  ) {}

  async execute(actor: Actor | undefined, listingId: string, page: ReviewPage) {
    const listing = await this.listings.execute(actor, listingId);
    const { items, summary } = await this.reviews.revealedOfListing(this.uow.db, listing.id, {
      limit: page.limit,
      offset: (page.page - 1) * page.limit,
    });
    return publicReviewsView(items, summary, page);
  }
}
