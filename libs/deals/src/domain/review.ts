import type { Side } from './deal';

export const REVIEW_BODY_MAX_LENGTH = 2000;
/** How long a review written alone stays hidden after the deal finished. */
export const REVIEW_REVEAL_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * When a deal's reviews are shown even if only one side wrote. The clock starts when the
 * deal finished: when it closed, or, for a licence (which stays `accepted` and never
 * closes), when it was agreed. Unknown (`null`) means the deal has not finished.
 */
export function reviewsRevealAt(finishedAt: Date | null): Date | null {
  return finishedAt && new Date(finishedAt.getTime() + REVIEW_REVEAL_DAYS * DAY_MS);
}

/**
 * Reviews are blind: neither side sees the other's before writing its own, so neither can
 * answer a review in kind. They are revealed once both sides have written, or once
 * `REVIEW_REVEAL_DAYS` have passed since the deal finished. The public SQL in the review
 * repository states the same rule; the e2e suite holds both to it.
 */
export function areReviewsRevealed(input: {
  sidesWritten: readonly Side[];
  finishedAt: Date | null;
  now: Date;
}): boolean {
  if (input.sidesWritten.includes('requester') && input.sidesWritten.includes('provider')) return true;
  const revealAt = reviewsRevealAt(input.finishedAt);
  return revealAt !== null && revealAt <= input.now;
}

/** What a party sees of a deal's reviews: those of its own side(s) always, the other's once revealed. */
export function reviewsVisibleTo<T extends { authorSide: Side }>(
  reviews: readonly T[],
  viewerSides: readonly Side[],
  revealed: boolean,
): T[] {
  return reviews.filter((review) => revealed || viewerSides.includes(review.authorSide));
}
