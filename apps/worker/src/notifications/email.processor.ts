import { Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { Mailer, SendEmailUseCase } from '@rongtong/notifications';
import { DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';

/**
 * Sends recorded emails, one per job, retried with backoff: over SMTP, or in development
 * and tests without SMTP_URL into the mail directory.
 */
@Processor('email', { ...WORKER_DEFAULTS, concurrency: 4 })
export class EmailProcessor extends DispatchingProcessor<'email'> implements OnApplicationBootstrap {
  readonly queue = 'email';

  constructor(
    private readonly send: SendEmailUseCase,
    private readonly mailer: Mailer,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    if (this.mailer.mode === 'off')
      this.logger.warn('Email is disabled (SMTP_URL is not set): emails are recorded, not sent');
    if (this.mailer.mode === 'files')
      this.logger.log(`SMTP_URL is not set: emails are written to ${this.mailer.directory} (open the .html files)`);
  }

  @JobHandler('email.send')
  sendEmail(job: JobOf<'email', 'email.send'>) {
    return this.send.execute({
      emailId: job.data.emailId,
      attempt: job.attemptsMade + 1,
      maxAttempts: job.opts.attempts ?? 1,
    });
  }
}
