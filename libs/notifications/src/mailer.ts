import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@rongtong/platform';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';
import { escapeHtml } from './templates/render';

export interface MailMessage {
  /** The recorded email's id: its Message-ID, the same on every retry. */
  id: string;
  to: string;
  subject: string;
  text: string;
  /** The HTML alternative; emails recorded before there was one have none. */
  html?: string | null;
}

/** Where a sent email went: to the SMTP server, or into a file of the mail directory. */
export type MailOutcome = { via: 'smtp' } | { via: 'file'; path: string };

/**
 * Sends email from `MAIL_FROM` as multipart/alternative (plain text and HTML):
 * - over SMTP when `SMTP_URL` is set;
 * - otherwise, in development and tests, into `MAIL_DIR` as a `.eml` (the very message
 *   SMTP would carry, for any mail client) beside an `.html` to open in a browser;
 * - otherwise (production without SMTP) nowhere: `mode` is `off`, and callers record the
 *   email as skipped.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private smtp?: Transporter;
  private files?: Transporter;

  constructor(private readonly config: AppConfig) {}

  get mode(): 'smtp' | 'files' | 'off' {
    if (this.config.mail.smtpUrl) return 'smtp';
    return this.config.mail.dir ? 'files' : 'off';
  }

  /** Where development emails are written, when they are. */
  get directory(): string | undefined {
    return this.mode === 'files' ? this.config.mail.dir : undefined;
  }

  async send(message: MailMessage): Promise<MailOutcome> {
    const mail: SendMailOptions = {
      from: this.config.mail.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      ...(message.html && { html: message.html }),
      messageId: `<${message.id}@${senderDomain(this.config.mail.from)}>`,
    };
    const { smtpUrl, dir } = this.config.mail;
    if (smtpUrl) {
      this.smtp ??= createTransport({
        url: smtpUrl,
        // A stuck server fails the attempt (and BullMQ retries) rather than holding a worker.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      await this.smtp.sendMail(mail);
      return { via: 'smtp' };
    }
    if (dir) return { via: 'file', path: await this.write(dir, message, mail) };
    throw new Error('Email is off: SMTP_URL is not set');
  }

  /** Writes the message as nodemailer would send it (`.eml`) and its HTML part (`.html`). */
  private async write(dir: string, message: MailMessage, mail: SendMailOptions): Promise<string> {
    this.files ??= createTransport({ streamTransport: true, buffer: true });
    const { message: raw } = (await this.files.sendMail(mail)) as { message: Buffer };
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const base = path.join(dir, `${stamp}_${message.to.replace(/[^A-Za-z0-9@._-]/g, '_')}_${message.id.slice(0, 8)}`);
    await mkdir(dir, { recursive: true });
    await writeFile(`${base}.html`, message.html ?? `<pre>${escapeHtml(message.text)}</pre>`);
    await writeFile(`${base}.eml`, raw);
    // The point of writing mail down is to follow its links: say where it is and what they are.
    this.logger.log(
      {
        to: message.to,
        subject: message.subject,
        open: `${base}.html`,
        links: message.text.match(/https?:\/\/\S+/g) ?? [],
      },
      `Email written to ${base}.eml (SMTP_URL is not set)`,
    );
    return `${base}.eml`;
  }

  onModuleDestroy(): void {
    this.smtp?.close();
    this.files?.close();
  }
}

/** The domain of `MAIL_FROM`'s address, for Message-IDs. */
function senderDomain(from: string): string {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? 'rongtong.local';
}
