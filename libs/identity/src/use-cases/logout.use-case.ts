import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor } from '../domain';
import { SessionRepository } from '../persistence';

/** Ends the caller's session: its refresh tokens and its access tokens stop working. */
@Injectable()
export class LogoutUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionRepository,
  ) {}

  async execute(actor: Actor): Promise<void> {
    await this.sessions.revoke(this.uow.db, actor.sessionId, 'logout');
  }
}
