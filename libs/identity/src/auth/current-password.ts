import { Injectable } from '@nestjs/common';
import { CurrentPasswordIncorrectError } from '../domain';
import type { UserRecord } from '../persistence';
import { LoginAttempts } from './login-attempts';
import { PasswordHasher } from './password-hasher';

/**
 * A signed-in user re-proves their password before changing it or their email. It is a
 * login in disguise (a stolen access token must not become a password oracle), so the
 * same per-account slow-down guards it.
 */
@Injectable()
export class CurrentPassword {
  constructor(
    private readonly hasher: PasswordHasher,
    private readonly attempts: LoginAttempts,
  ) {}

  async prove(user: Pick<UserRecord, 'email' | 'passwordHash'>, password: string): Promise<void> {
    const key = user.email.toLowerCase();
    await this.attempts.reserve(key);
    if (!(await this.hasher.verify(user.passwordHash, password))) throw new CurrentPasswordIncorrectError();
    await this.attempts.clear(key);
  }
}
