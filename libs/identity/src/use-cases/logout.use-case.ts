import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import type { Actor } from '../domain';
import { SessionRepository } from '../persistence';

/** Ends the caller's session: its refresh tokens and its access tokens stop working. */
@Injectable()
export class LogoutUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor): Promise<void> {
    await this.sessions.revoke(this.uow.db, actor.sessionId, 'logout');
    this.actors.forgetSession(actor.sessionId);
  }
}
