import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { type Actor, UserNotFoundError, UserStateConflictError } from '../domain';
import { UserAuditRepository, UserRepository } from '../persistence';
import { assertPlatformAdmin, userAdminView } from './user-admin-view';

/** Lifts a suspension: the user may sign in again (their old sessions stay ended). */
@Injectable()
export class ReinstateUserUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly audit: UserAuditRepository,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor, userId: string) {
    assertPlatformAdmin(actor);
    await this.uow.run(async (tx) => {
      const user = await this.users.findByIdForUpdate(tx, userId);
      if (!user) throw new UserNotFoundError();
      if (!user.suspendedAt) throw new UserStateConflictError('active', 'reinstate');
      await this.users.reinstate(tx, userId);
      await this.audit.record(tx, { userId, actorUserId: actor.userId, action: 'reinstate', reason: null });
    });
    this.actors.forgetUser(userId);
    return userAdminView((await this.users.findForAdmin(this.uow.db, userId))!);
  }
}
