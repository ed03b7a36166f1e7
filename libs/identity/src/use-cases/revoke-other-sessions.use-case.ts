import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import type { Actor } from '../domain';
import { SessionRepository } from '../persistence';

/** Signs every other device out; this one stays. */
@Injectable()
export class RevokeOtherSessionsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor): Promise<void> {
    await this.sessions.revokeAllOf(this.uow.db, actor.userId, 'revoked_by_user', actor.sessionId);
    this.actors.forgetUser(actor.userId);
  }
}
