import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { type SessionDevice, SessionRepository } from '../persistence';
import { TokenService, type TokenPair } from './token.service';

/** Opens a new session (a refresh-token family) for a user and returns its first tokens. */
@Injectable()
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
  ) {}

  async open(tx: Db, userId: string, device: SessionDevice = {}): Promise<TokenPair> {
    const sessionId = await this.sessions.create(tx, userId, this.tokens.sessionExpiry(), device);
    const refresh = this.tokens.newRefreshToken();
    await this.sessions.addRefreshToken(tx, sessionId, refresh.hash);
    return this.tokens.pair(userId, sessionId, refresh.token);
  }
}
