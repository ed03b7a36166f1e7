import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { LoginAttempts } from '../auth/login-attempts';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionIssuer } from '../auth/session-issuer';
import type { TokenPair } from '../auth/token.service';
import { AccountSuspendedError, EmailInvalidError, InvalidCredentialsError, normalizeEmail } from '../domain';
import { type SessionDevice, UserRepository } from '../persistence';

/**
 * Email and password → a new session. A wrong password and an unknown email fail alike
 * (same error, same work), and repeated failures slow that client down on the account. A suspended
 * account is told so only once its password is right (403 ACCOUNT_SUSPENDED), so the
 * answer reveals nothing to someone guessing.
 */
@Injectable()
export class LoginUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
    private readonly sessions: SessionIssuer,
  ) {}

  async execute(
    input: { email: string; password: string },
    device: SessionDevice = {},
  ): Promise<TokenPair & { userId: string }> {
    let email: string;
    try {
      email = normalizeEmail(input.email);
    } catch (error) {
      if (error instanceof EmailInvalidError) throw new InvalidCredentialsError();
      throw error;
    }
    await this.attempts.reserve(email, device.ipAddress);
    const user = await this.users.findByEmail(this.uow.db, email);
    const matches = await this.hasher.verify(user?.passwordHash, input.password);
    if (!user || !matches) throw new InvalidCredentialsError();
    await this.attempts.clear(email, device.ipAddress);
    if (user.suspendedAt) throw new AccountSuspendedError();
    const tokens = await this.uow.run(async (tx) => {
      await this.users.recordLogin(tx, user.id);
      return this.sessions.open(tx, user.id, device);
    });
    return { ...tokens, userId: user.id };
  }
}
