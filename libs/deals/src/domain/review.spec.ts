import type { Side } from './deal';
import { areReviewsRevealed, REVIEW_REVEAL_DAYS, reviewsRevealAt, reviewsVisibleTo } from './review';

const DAY = 86_400_000;
const finishedAt = new Date('2026-03-01T10:00:00+08:00');
const after = (days: number, ms = 0) => new Date(finishedAt.getTime() + days * DAY + ms);

describe('areReviewsRevealed', () => {
  it.each<[string, Side[], Date | null, Date, boolean]>([
    ['nobody wrote, deal just finished', [], finishedAt, after(1), false],
    ['only the requester wrote', ['requester'], finishedAt, after(3), false],
    ['only the provider wrote', ['provider'], finishedAt, after(13, DAY - 1), false],
    ['both wrote, the same day', ['requester', 'provider'], finishedAt, after(0), true],
    ['both wrote, order aside', ['provider', 'requester'], finishedAt, after(0), true],
    ['one wrote, 14 days passed to the millisecond', ['requester'], finishedAt, after(14), true],
    ['one wrote, long ago', ['provider'], finishedAt, after(400), true],
    ['one wrote, the deal never finished', ['requester'], null, after(400), false],
    ['both wrote, the deal never finished', ['requester', 'provider'], null, after(0), true],
  ])('%s → %s', (_what, sidesWritten, finished, now, expected) => {
    expect(areReviewsRevealed({ sidesWritten, finishedAt: finished, now })).toBe(expected);
  });
});

describe('reviewsRevealAt', () => {
  it(`is ${REVIEW_REVEAL_DAYS} days after the deal finished, and unknown while it runs`, () => {
    expect(reviewsRevealAt(finishedAt)).toEqual(after(14));
    expect(reviewsRevealAt(null)).toBeNull();
  });
});

describe('reviewsVisibleTo', () => {
  const reviews = [
    { id: 'r', authorSide: 'requester' as const },
    { id: 'p', authorSide: 'provider' as const },
  ];

  it.each<[Side[], boolean, string[]]>([
    [['requester'], false, ['r']],
    [['provider'], false, ['p']],
    [['requester', 'provider'], false, ['r', 'p']],
    [['requester'], true, ['r', 'p']],
    [['provider'], true, ['r', 'p']],
  ])('a party on %j, revealed %s, sees %j', (sides, revealed, ids) => {
    expect(reviewsVisibleTo(reviews, sides, revealed).map((r) => r.id)).toEqual(ids);
  });
});
