import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import type { Actor } from '../domain';
import { UserRepository } from '../persistence';

/** Turns a verified access token's claims into the request's `Actor`, or nothing. */
@Injectable()
export class LoadActorUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
  ) {}

  async execute(userId: string, sessionId: string): Promise<Actor | undefined> {
    const facts = await this.users.actorForSession(this.uow.db, userId, sessionId);
    if (!facts?.active) return undefined;
    return {
      userId,
      sessionId,
      email: facts.email,
      memberships: facts.memberships,
      operatedParkIds: facts.operatedParkIds,
      isPlatformAdmin: facts.memberships.some((m) => m.kind === 'platform'),
    };
  }

  /**
   * The actor for a user without a session, for trusted in-process tools (the demo
   * seed) acting as that user through the same use cases as the API.
   */
  async forTrustedTool(userId: string): Promise<Actor> {
    const user = await this.users.findById(this.uow.db, userId);
    if (!user) throw new Error(`No user ${userId}`);
    const facts = await this.users.actorFacts(this.uow.db, userId);
    return {
      userId,
      sessionId: 'trusted-tool',
      email: user.email,
      memberships: facts.memberships,
      operatedParkIds: facts.operatedParkIds,
      isPlatformAdmin: facts.memberships.some((m) => m.kind === 'platform'),
    };
  }
}
