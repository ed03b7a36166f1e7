import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { CurrentPassword } from '../auth/current-password';
import {
  AccountEmailsThrottledError,
  type Actor,
  EmailAlreadyVerifiedError,
  EmailTakenError,
  normalizeEmail,
} from '../domain';
import { UserRepository } from '../persistence';
import { AccountTokenIssuer } from './account-tokens';

/**
 * A change of email, proven by the current password: a verification link goes to the new
 * address, and the account keeps its current address (and signs in with it) until the
 * link is followed. Asking again supersedes the earlier link.
 */
@Injectable()
export class ChangeEmailUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly currentPassword: CurrentPassword,
    private readonly accountTokens: AccountTokenIssuer,
  ) {}

  async execute(actor: Actor, input: { email: string; currentPassword: string }) {
    const email = normalizeEmail(input.email);
    const user = (await this.users.findById(this.uow.db, actor.userId))!;
    await this.currentPassword.prove(user, input.currentPassword);
    const same = email === user.email.toLowerCase();
    if (same && user.emailVerifiedAt) throw new EmailAlreadyVerifiedError();
    await this.uow.run(async (tx) => {
      const holder = await this.users.findByEmail(tx, email);
      if (holder && holder.id !== user.id) throw new EmailTakenError();
      await this.users.findByIdForUpdate(tx, user.id);
      const allowance = await this.accountTokens.allowance(tx, user.id, 'email_verification');
      if (!allowance.ok) throw new AccountEmailsThrottledError(allowance.retryAfterSeconds);
      await this.accountTokens.issue(
        tx,
        { userId: user.id, email, displayName: user.displayName, locale: user.locale },
        'email_verification',
      );
    });
    return { email: user.email, pendingEmail: email };
  }
}
