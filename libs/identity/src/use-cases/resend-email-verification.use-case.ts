import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { AccountEmailsThrottledError, type Actor, EmailAlreadyVerifiedError } from '../domain';
import { UserRepository } from '../persistence';
import { AccountTokenIssuer } from './account-tokens';

/**
 * Sends the signed-in user a fresh verification link (the earlier ones stop working):
 * 409 EMAIL_ALREADY_VERIFIED when there is nothing to verify, 429 ACCOUNT_EMAILS_THROTTLED
 * past ACCOUNT_EMAILS_PER_HOUR.email_verification links an hour.
 */
@Injectable()
export class ResendEmailVerificationUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly accountTokens: AccountTokenIssuer,
  ) {}

  async execute(actor: Actor): Promise<void> {
    await this.uow.run(async (tx) => {
      const user = (await this.users.findByIdForUpdate(tx, actor.userId))!;
      if (user.emailVerifiedAt) throw new EmailAlreadyVerifiedError();
      const allowance = await this.accountTokens.allowance(tx, user.id, 'email_verification');
      if (!allowance.ok) throw new AccountEmailsThrottledError(allowance.retryAfterSeconds);
      await this.accountTokens.issue(
        tx,
        { userId: user.id, email: user.email, displayName: user.displayName, locale: user.locale },
        'email_verification',
      );
    });
  }
}
