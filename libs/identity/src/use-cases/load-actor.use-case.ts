import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { AccountSuspendedError, type Actor } from '../domain';
import { SessionRepository, UserRepository } from '../persistence';

/**
 * Turns a verified access token's claims into the request's `Actor`, or nothing: from
 * the actor cache when it holds the session, else from the database (and then cached).
 */
@Injectable()
export class LoadActorUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly cache: ActorCache,
  ) {}

  /**
   * A suspended user's token is refused with 403 ACCOUNT_SUSPENDED (never cached: the
   * suspension reaches every process's cache through the users trigger). A load from the
   * database also marks the session used, when its mark is older than a few minutes: the
   * device list stays current at one small write per session every few minutes at most.
   */
  async execute(userId: string, sessionId: string): Promise<Actor | undefined> {
    const cached = this.cache.get(userId, sessionId);
    if (cached) return cached;
    const ticket = this.cache.ticket();
    const facts = await this.users.actorForSession(this.uow.db, userId, sessionId);
    if (facts?.suspended) throw new AccountSuspendedError();
    if (!facts?.activeUntil) return undefined;
    if (facts.sessionIdle) await this.sessions.touch(this.uow.db, sessionId);
    const actor: Actor = {
      userId,
      sessionId,
      email: facts.email,
      memberships: facts.memberships,
      operatedParkIds: facts.operatedParkIds,
      isPlatformAdmin: facts.memberships.some((m) => m.kind === 'platform'),
      emailVerified: facts.emailVerified,
      locale: facts.locale,
    };
    this.cache.put(ticket, actor, facts.activeUntil);
    return actor;
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
      emailVerified: user.emailVerifiedAt !== null,
      locale: user.locale,
    };
  }
}
