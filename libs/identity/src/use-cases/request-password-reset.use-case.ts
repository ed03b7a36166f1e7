import { Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { EmailInvalidError, normalizeEmail } from '../domain';
import { UserRepository } from '../persistence';
import { AccountTokenIssuer } from './account-tokens';

/**
 * "Forgot my password": emails a one-hour reset link when the address belongs to an
 * active account. The caller is told nothing either way (the route always answers 202
 * alike), so the form cannot be used to learn who has an account; at most
 * ACCOUNT_EMAILS_PER_HOUR.password_reset links per account per hour are sent, the rest
 * silently dropped.
 */
@Injectable()
export class RequestPasswordResetUseCase {
  private readonly logger = new Logger('Identity');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly accountTokens: AccountTokenIssuer,
  ) {}

  async execute(input: { email: string }): Promise<void> {
    let email: string;
    try {
      email = normalizeEmail(input.email);
    } catch (error) {
      if (error instanceof EmailInvalidError) return;
      throw error;
    }
    const now = new Date();
    await this.uow.run(async (tx) => {
      const found = await this.users.findByEmail(tx, email);
      // Locked, so that parallel requests count each other's emails.
      const user = found && (await this.users.findByIdForUpdate(tx, found.id));
      if (!user || user.suspendedAt) return;
      const allowance = await this.accountTokens.allowance(tx, user.id, 'password_reset', now);
      if (!allowance.ok) {
        this.logger.warn(`Password reset for user ${user.id} not sent: hourly limit reached`);
        return;
      }
      await this.accountTokens.issue(
        tx,
        { userId: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
        'password_reset',
        now,
      );
    });
  }
}
