import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor } from '../domain';
import { SessionRepository } from '../persistence';

export interface SessionView {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  /** The session of the request asking. */
  current: boolean;
}

/** The user's signed-in devices: live sessions, most recently used first. */
@Injectable()
export class ListSessionsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionRepository,
  ) {}

  async execute(actor: Actor): Promise<SessionView[]> {
    const sessions = await this.sessions.listActive(this.uow.db, actor.userId);
    return sessions.map((s) => ({ ...s, current: s.id === actor.sessionId }));
  }
}
