import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor } from '../domain';
import { SessionRepository, UserRepository } from '../persistence';

/** Turns a verified access token's claims into the request's `Actor`, or nothing. */
@Injectable()
export class LoadActorUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async execute(userId: string, sessionId: string): Promise<Actor | undefined> {
    const db = this.uow.db;
    const [active, user, facts] = await Promise.all([
      this.sessions.isActive(db, sessionId, userId),
      this.users.findById(db, userId),
      this.users.actorFacts(db, userId),
    ]);
    if (!active || !user) return undefined;
    return {
      userId,
      sessionId,
      email: user.email,
      memberships: facts.memberships,
      operatedParkIds: facts.operatedParkIds,
      isPlatformAdmin: facts.memberships.some((m) => m.kind === 'platform'),
    };
  }
}
