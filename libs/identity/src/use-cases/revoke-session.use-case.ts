import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { type Actor, SessionNotFoundError } from '../domain';
import { SessionRepository } from '../persistence';

/** Signs one of the user's devices out (their current one too, like logout); anyone else's → 404. */
@Injectable()
export class RevokeSessionUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor, sessionId: string): Promise<void> {
    if (!(await this.sessions.revokeOwn(this.uow.db, actor.userId, sessionId, 'revoked_by_user'))) {
      throw new SessionNotFoundError();
    }
    this.actors.forgetSession(sessionId);
  }
}
