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
 * One attempt at sending a recorded email: over SMTP (`sent`), or into the development
 * mail directory (`written`); with neither it is marked skipped. A failure is recorded
 * and thrown, so the queue retries until the attempts run out.
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
    if (this.mailer.mode === 'off') {
      await this.emails.recordAttempt(this.uow.db, emailId, { status: 'skipped', error: null });
      return { status: 'skipped' };
    }
    let status: 'sent' | 'written';
    try {
      const outcome = await this.mailer.send({
        id: email.id,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
      });
      status = outcome.via === 'file' ? 'written' : 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await this.emails.recordAttempt(this.uow.db, emailId, {
        status: attempt >= maxAttempts ? 'failed' : 'pending',
        error: reason,
      });
      throw error;
    }
    await this.emails.recordAttempt(this.uow.db, emailId, { status, error: null });
    return { status };
  }
}
