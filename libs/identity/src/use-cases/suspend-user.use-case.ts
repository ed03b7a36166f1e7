import { Injectable } from '@nestjs/common';
import { ReasonRequiredError } from '@rongtong/kernel';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { type Actor, CannotSuspendSelfError, UserNotFoundError, UserStateConflictError } from '../domain';
import { AccountTokenRepository, SessionRepository, UserAuditRepository, UserRepository } from '../persistence';
import { assertPlatformAdmin, userAdminView } from './user-admin-view';

/**
 * A platform admin suspends an account, saying why: its sessions end and its live access
 * tokens stop working at once (every process's actor cache hears of it), sign-in and
 * refresh answer 403 ACCOUNT_SUSPENDED. Recorded in `user_audit`. Not oneself (409).
 */
@Injectable()
export class SuspendUserUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly audit: UserAuditRepository,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor, userId: string, reason: string) {
    assertPlatformAdmin(actor);
    const why = reason.trim();
    if (!why) throw new ReasonRequiredError();
    if (userId === actor.userId) throw new CannotSuspendSelfError();
    await this.uow.run(async (tx) => {
      const user = await this.users.findByIdForUpdate(tx, userId);
      if (!user) throw new UserNotFoundError();
      if (user.suspendedAt) throw new UserStateConflictError('suspended', 'suspend');
      await this.users.suspend(tx, userId, why, actor.userId);
      await this.sessions.revokeAllOf(tx, userId, 'suspended');
      await this.tokens.expireOutstanding(tx, userId, 'password_reset');
      await this.audit.record(tx, { userId, actorUserId: actor.userId, action: 'suspend', reason: why });
    });
    this.actors.forgetUser(userId);
    return userAdminView((await this.users.findForAdmin(this.uow.db, userId))!);
  }
}
