import { Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { Mailer, SendEmailUseCase } from '@rongtong/notifications';
import { DispatchingProcessor, JobHandler, type JobOf, WORKER_DEFAULTS } from '@rongtong/platform';

/** Sends recorded emails over SMTP, one per job, retried with backoff. */
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
    if (!this.mailer.enabled)
      this.logger.warn('Email is disabled (SMTP_URL is not set): emails are recorded, not sent');
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
