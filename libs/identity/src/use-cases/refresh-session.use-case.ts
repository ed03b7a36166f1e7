import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { TokenService, type TokenPair } from '../auth/token.service';
import { AccountSuspendedError, isBenignRefreshRace, RefreshTokenInvalidError } from '../domain';
import { SessionRepository } from '../persistence';

/**
 * Rotates a refresh token: the old one is spent, a new one of the same family is issued.
 * Presenting a spent token means it leaked: the whole family is revoked; unless it is the
 * session's latest spent token, spent within the reuse interval (20 s): two tabs sharing
 * the refresh cookie refreshed at once, and the later one gets a token of its own.
 */
@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly actors: ActorCache,
  ) {}

  async execute(refreshToken: string): Promise<TokenPair> {
    type Outcome =
      | { error: 'unknown' | 'revoked' | 'expired' | 'suspended' }
      | { error: 'reused'; sessionId: string }
      | { pair: TokenPair };
    const outcome = await this.uow.run(async (tx): Promise<Outcome> => {
      const found = await this.sessions.lockByTokenHash(tx, TokenService.hash(refreshToken));
      if (!found) return { error: 'unknown' };
      if (found.userSuspended) return { error: 'suspended' };
      if (found.revokedAt) return { error: 'revoked' };
      if (found.expiresAt.getTime() <= Date.now()) return { error: 'expired' };
      if (
        found.usedAt &&
        isBenignRefreshRace({ usedMsAgo: found.usedMsAgo ?? Infinity, latestSpent: found.latestSpent })
      ) {
        // A sibling of the successor, in the same session; the spent token stays spent.
        const sibling = this.tokens.newRefreshToken();
        await this.sessions.addRefreshToken(tx, found.sessionId, sibling.hash);
        return { pair: await this.tokens.pair(found.userId, found.sessionId, sibling.token) };
      }
      if (found.usedAt) {
        // Committed before the 401 is thrown: the revocation must stick.
        await this.sessions.revoke(tx, found.sessionId, 'refresh_token_reuse');
        return { error: 'reused', sessionId: found.sessionId };
      }
      await this.sessions.markUsed(tx, found.tokenId);
      const next = this.tokens.newRefreshToken();
      await this.sessions.addRefreshToken(tx, found.sessionId, next.hash);
      return { pair: await this.tokens.pair(found.userId, found.sessionId, next.token) };
    });
    if ('error' in outcome) {
      if (outcome.error === 'reused') this.actors.forgetSession(outcome.sessionId);
      if (outcome.error === 'suspended') throw new AccountSuspendedError();
      throw new RefreshTokenInvalidError(outcome.error);
    }
    return outcome.pair;
  }
}
