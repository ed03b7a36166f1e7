import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@rongtong/platform';
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends email over SMTP (`SMTP_URL`), from `MAIL_FROM`. Without `SMTP_URL` it is
 * disabled: emails are still recorded, and marked skipped instead of sent.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private transport?: Transporter;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.mail.smtpUrl !== undefined;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.config.mail.smtpUrl) throw new Error('Email is disabled: SMTP_URL is not set');
    this.transport ??= createTransport({
      url: this.config.mail.smtpUrl,
      // A stuck server fails the attempt (and BullMQ retries) rather than holding a worker.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    await this.transport.sendMail({ from: this.config.mail.from, ...message });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
