import { Injectable } from '@nestjs/common';
import { type AccountTokenEventPayload, AppConfig, type OutboxMessage, UnitOfWork } from '@rongtong/platform';
import { OutboundEmailRepository } from '../persistence/outbound-email.repository';
import { accountTokenEmail, type AccountTokenPurpose, localeOr } from '../templates';
import { DispatchPending } from './dispatch-pending';

const PATHS: Record<AccountTokenPurpose, string> = {
  password_reset: '/reset-password',
  email_verification: '/verify-email',
};

/**
 * `account.password_reset_requested` / `account.email_verification_requested` → one email
 * to the address in the event, in the user's language (carried by the event), with the
 * link that spends the token. Like an invitation's, the stored copy of the link is
 * redacted once the email is settled: a reset link is a credential.
 */
@Injectable()
export class NotifyAccountTokenUseCase {
  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly emails: OutboundEmailRepository,
    private readonly dispatch: DispatchPending,
  ) {}

  async execute(purpose: AccountTokenPurpose, event: OutboxMessage<AccountTokenEventPayload>) {
    const { token, email: to, userId, displayName, expiresAt } = event.payload;
    const url = `${this.config.publicWebUrl}${PATHS[purpose]}?token=${encodeURIComponent(token)}`;
    const email = accountTokenEmail(purpose, { locale: localeOr(event.payload.locale), displayName, url, expiresAt });
    await this.uow.run((tx) =>
      this.emails.insertMany(tx, [{ eventId: event.id, template: purpose, to, userId, ...email }]),
    );
    return this.dispatch.afterCommit(event.id, event.requestId);
  }
}
