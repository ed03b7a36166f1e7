import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@rongtong/platform';
import { Mailer } from '../mailer';
import { OutboundEmailRepository } from '../persistence/outbound-email.repository';

export interface EmailAttempt {
  emailId: string;
  /** 1 for the first attempt. */
  attempt: number;
  maxAttempts: number;
}

/**
 * One attempt at sending a recorded email. Without SMTP configured it is marked skipped;
 * a failure is recorded and thrown, so the queue retries until the attempts run out.
 */
@Injectable()
export class SendEmailUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly emails: OutboundEmailRepository,
    private readonly mailer: Mailer,
  ) {}

  async execute({ emailId, attempt, maxAttempts }: EmailAttempt): Promise<{ status: string }> {
    const email = await this.emails.find(this.uow.db, emailId);
    if (!email) return { status: 'gone' };
    if (email.status !== 'pending') return { status: email.status };
    if (!this.mailer.enabled) {
      await this.emails.recordAttempt(this.uow.db, emailId, { status: 'skipped', error: null });
      return { status: 'skipped' };
    }
    try {
      await this.mailer.send({ to: email.to, subject: email.subject, text: email.text });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.emails.recordAttempt(this.uow.db, emailId, {
        status: attempt >= maxAttempts ? 'failed' : 'pending',
        error: reason,
      });
      throw error;
    }
    await this.emails.recordAttempt(this.uow.db, emailId, { status: 'sent', error: null });
    return { status: 'sent' };
  }
}
