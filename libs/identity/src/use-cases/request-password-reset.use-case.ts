import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { EmailInvalidError, normalizeEmail } from '../domain';
import { UserRepository } from '../persistence';
import { AccountTokenIssuer } from './account-tokens';

/**
 * "Forgot my password": emails a one-hour reset link when the address belongs to an
 * active account. The caller is told nothing either way: the route answers 202 alike,
 * and before the address is even looked up, so neither the answer nor its timing says
 * who has an account. At most ACCOUNT_EMAILS_PER_HOUR.password_reset links per account
 * per hour are sent, the rest silently dropped. The link is written through the outbox
 * in the lookup's transaction; a failure is logged (the user asks again), and shutdown
 * waits for the requests in hand.
 */
@Injectable()
export class RequestPasswordResetUseCase implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Identity');
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly accountTokens: AccountTokenIssuer,
  ) {}

  /** Takes the request in hand and returns at once. */
  execute(input: { email: string }): void {
    const work = this.send(input.email).catch((error: unknown) => {
      this.logger.error(`A password reset request failed: ${error instanceof Error ? error.stack : String(error)}`);
    });
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Resolves once every request taken so far is handled (for shutdown, and tests). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  private async send(address: string): Promise<void> {
    let email: string;
    try {
      email = normalizeEmail(address);
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
