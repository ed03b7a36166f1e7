import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { ActorCache } from '../auth/actor-cache';
import { LoginAttempts } from '../auth/login-attempts';
import { PasswordHasher } from '../auth/password-hasher';
import { TokenService } from '../auth/token.service';
import {
  AccountSuspendedError,
  AccountTokenInvalidError,
  assertAccountTokenUsable,
  assertPasswordAcceptable,
} from '../domain';
import { AccountTokenRepository, SessionRepository, UserRepository } from '../persistence';

/**
 * Spends a reset link on a new password: the link works once and for an hour; the new
 * password must pass the policy; every session of the account ends (whoever knew the old
 * password is signed out). The link came to the account's address, so it also verifies it.
 */
@Injectable()
export class ResetPasswordUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly tokens: AccountTokenRepository,
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    private readonly actors: ActorCache,
  ) {}

  async execute(input: { token: string; password: string }): Promise<void> {
    const tokenHash = TokenService.hash(input.token);
    const preview = await this.tokens.findByHash(this.uow.db, tokenHash);
    assertAccountTokenUsable(preview, 'password_reset', new Date());
    const user = await this.users.findById(this.uow.db, preview.userId);
    if (!user) throw new AccountTokenInvalidError();
    if (user.suspendedAt) throw new AccountSuspendedError();
    assertPasswordAcceptable(input.password, { email: user.email });
    // Hashing is slow on purpose: do it before the transaction holds any lock.
    const passwordHash = await this.hasher.hash(input.password);

    await this.uow.run(async (tx) => {
      const token = await this.tokens.findByHash(tx, tokenHash, { forUpdate: true });
      assertAccountTokenUsable(token, 'password_reset', new Date());
      await this.tokens.markUsed(tx, token.id);
      await this.tokens.expireOutstanding(tx, user.id, 'password_reset');
      await this.users.setPassword(tx, user.id, passwordHash);
      if (!user.emailVerifiedAt && token.email.toLowerCase() === user.email.toLowerCase()) {
        await this.users.verifyEmail(tx, user.id, user.email);
      }
      await this.sessions.revokeAllOf(tx, user.id, 'password_reset');
    });
    this.actors.forgetUser(user.id);
    // The owner is back in: earlier failed guesses no longer slow them down.
    await this.attempts.clear(user.email.toLowerCase());
  }
}
