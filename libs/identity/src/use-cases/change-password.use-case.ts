import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { CurrentPassword } from '../auth/current-password';
import { PasswordHasher } from '../auth/password-hasher';
import { type Actor, assertPasswordAcceptable } from '../domain';
import { AccountTokenRepository, SessionRepository, UserRepository } from '../persistence';

/**
 * The signed-in user changes their password, proving the current one: the policy applies
 * to the new one, every other session ends (this one stays), and outstanding reset links die.
 */
@Injectable()
export class ChangePasswordUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly hasher: PasswordHasher,
    private readonly currentPassword: CurrentPassword,
    private readonly actors: ActorCache,
  ) {}

  async execute(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
    const user = (await this.users.findById(this.uow.db, actor.userId))!;
    await this.currentPassword.prove(user, input.currentPassword);
    assertPasswordAcceptable(input.newPassword, { email: user.email });
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.uow.run(async (tx) => {
      await this.users.setPassword(tx, user.id, passwordHash);
      await this.tokens.expireOutstanding(tx, user.id, 'password_reset');
      await this.sessions.revokeAllOf(tx, user.id, 'password_changed', actor.sessionId);
    });
    this.actors.forgetUser(user.id);
  }
}
