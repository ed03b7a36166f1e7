import { isBenignRefreshRace, REFRESH_REUSE_INTERVAL_MS } from './refresh-reuse';

describe('isBenignRefreshRace', () => {
  it.each([
    ['spent a moment ago, the latest spent token', 50, true, true],
    ['spent just inside the interval', REFRESH_REUSE_INTERVAL_MS, true, true],
    ['spent just after the interval', REFRESH_REUSE_INTERVAL_MS + 1, true, false],
    ['spent a minute ago', 60_000, true, false],
    ['spent a moment ago, but its successor was used since', 50, false, false],
    ['a clock a little behind the database', -200, true, true],
  ])('%s → %s', (_name, usedMsAgo, latestSpent, expected) => {
    expect(isBenignRefreshRace({ usedMsAgo, latestSpent })).toBe(expected);
  });
});
