import type { PublicReviewRecord, RatingSummary, ReviewRecord } from '../persistence/review.repository';

/** A review as a party of the deal sees it, and whether the other party (and the public) can. */
export function reviewView(review: ReviewRecord, revealed: boolean) {
  return {
    id: review.id,
    dealId: review.dealId,
    authorSide: review.authorSide,
    authorUserId: review.authorUserId,
    authorOrganizationId: review.authorOrganizationId,
    subjectOrganizationId: review.subjectOrganizationId,
    listingId: review.listingId,
    rating: review.rating,
    body: review.body,
    revealed,
    createdAt: review.createdAt,
  };
}

export interface ReviewPage {
  page: number;
  limit: number;
}

/**
 * A page of public reviews in the API's page shape, with the rating over all of them (not
 * just this page); `count` is `total` under the name clients read first.
 */
export function publicReviewsView(items: PublicReviewRecord[], summary: RatingSummary, page: ReviewPage) {
  return {
    items,
    total: summary.count,
    page: page.page,
    limit: page.limit,
    averageRating: summary.averageRating,
    count: summary.count,
  };
}
