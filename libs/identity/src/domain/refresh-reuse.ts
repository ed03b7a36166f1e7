/**
 * How long a just-rotated refresh token may be presented again without counting as
 * reuse: two tabs of one browser share the refresh cookie and may refresh at the same
 * instant, and the second must not sign the session out. Auth0 calls this the reuse
 * interval; OWASP's guidance on rotation allows such a grace period if it is short.
 */
export const REFRESH_REUSE_INTERVAL_MS = 20_000;

/**
 * Whether presenting a spent refresh token is the benign race rather than a replay: it was
 * spent within the interval, and it is still the session's latest spent token (its
 * successor has not been used; the session has not moved on since). Anything else is
 * reuse, and revokes the session.
 */
export function isBenignRefreshRace(spent: { usedMsAgo: number; latestSpent: boolean }): boolean {
  return spent.latestSpent && spent.usedMsAgo >= -1_000 && spent.usedMsAgo <= REFRESH_REUSE_INTERVAL_MS;
}
