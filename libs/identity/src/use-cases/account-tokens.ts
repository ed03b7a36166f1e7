import { Injectable } from '@nestjs/common';
import { type AccountTokenEventPayload, type Db, OutboxWriter } from '@rongtong/platform';
import { TokenService } from '../auth/token.service';
import {
  ACCOUNT_EMAIL_WINDOW_MS,
  accountEmailAllowance,
  accountTokenExpiry,
  type AccountTokenPurpose,
  type Locale,
} from '../domain';
import { AccountTokenRepository } from '../persistence';

const EVENT_TYPES: Record<AccountTokenPurpose, string> = {
  password_reset: 'account.password_reset_requested',
  email_verification: 'account.email_verification_requested',
};

export interface TokenRecipient {
  userId: string;
  /** Where the link goes: for a change of email, the new address it proves. */
  email: string;
  displayName: string;
  locale: Locale;
}

/**
 * Issues one-time account links: a new token supersedes the user's unused ones of the same
 * purpose, only its hash is stored, and the email carrying it is an outbox event written
 * in the caller's transaction (so it is sent if and only if the token exists).
 */
@Injectable()
export class AccountTokenIssuer {
  constructor(
    private readonly tokens: AccountTokenRepository,
    private readonly secrets: TokenService,
    private readonly outbox: OutboxWriter,
  ) {}

  async issue(tx: Db, recipient: TokenRecipient, purpose: AccountTokenPurpose, now = new Date()): Promise<void> {
    // The same kind of secret as a refresh token: 32 random bytes, sha256 at rest.
    const { token, hash } = this.secrets.newRefreshToken();
    const expiresAt = accountTokenExpiry(purpose, now);
    await this.tokens.expireOutstanding(tx, recipient.userId, purpose);
    await this.tokens.insert(tx, {
      userId: recipient.userId,
      purpose,
      tokenHash: hash,
      email: recipient.email,
      expiresAt,
    });
    await this.outbox.append(tx, {
      type: EVENT_TYPES[purpose],
      aggregateType: 'user',
      aggregateId: recipient.userId,
      payload: { ...recipient, token, expiresAt: expiresAt.toISOString() } satisfies AccountTokenEventPayload,
    });
  }

  /** Whether one more email of `purpose` may go to the user this hour (see ACCOUNT_EMAILS_PER_HOUR). */
  async allowance(db: Db, userId: string, purpose: AccountTokenPurpose, now = new Date()) {
    const sent = await this.tokens.issuedSince(db, userId, purpose, new Date(now.getTime() - ACCOUNT_EMAIL_WINDOW_MS));
    return accountEmailAllowance(purpose, sent, now);
  }
}
