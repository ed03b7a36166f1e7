import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, Optional } from '@nestjs/common';
import type { Job } from 'bullmq';
import { CLS_ID, ClsServiceManager } from 'nestjs-cls';
import { DependencyMonitor, isConnectionError, REMINDER_INTERVAL_MS } from '../health/dependency-monitor';
import { OutboxLedger } from '../outbox/outbox-ledger';
import { EVENT_ROUTES, type JobName, type JobPayload, type QueueName } from './queue-catalog';

const HANDLERS = Symbol('rongtong:job-handlers');

type HandlerMap = Map<string, string | symbol>;

/**
 * Worker options every processor starts from (`@Processor(name, { ...WORKER_DEFAULTS, … })`):
 * a fetch loop that failed on a lost connection tries again after 2 s, not BullMQ's 15 s;
 * a job whose worker died (SIGKILL, a lost machine) is noticed and run again within about
 * 20 s rather than a minute. Jobs renew their lock every 7.5 s, far below any job's length.
 */
export const WORKER_DEFAULTS = { runRetryDelay: 2_000, lockDuration: 15_000, stalledInterval: 5_000 } as const;

/** Marks a method of a `DispatchingProcessor` as the handler of one job name. */
export function JobHandler(name: string): MethodDecorator {
  return (target, propertyKey) => {
    const owner = target as { [HANDLERS]?: HandlerMap };
    const handlers: HandlerMap = new Map(owner[HANDLERS] ?? []);
    if (handlers.has(name)) throw new Error(`Job '${name}' has two handlers in ${target.constructor.name}`);
    handlers.set(name, propertyKey);
    owner[HANDLERS] = handlers;
  };
}

/**
 * A BullMQ processor that routes each job to its `@JobHandler` method by job name, and
 * runs it with the request id that caused it, so logs follow a request into the worker.
 * A job carrying an outbox event completes only once its delivery is recorded
 * (`OutboxLedger`): the event then counts as delivered on this route.
 */
export abstract class DispatchingProcessor<Q extends QueueName = QueueName> extends WorkerHost {
  abstract readonly queue: Q;
  protected readonly logger = new Logger(this.constructor.name);
  @Optional() @Inject(OutboxLedger) private readonly ledger?: OutboxLedger;
  @Optional() @Inject(DependencyMonitor) private readonly monitor?: DependencyMonitor;
  private lastErrorLog = 0;
  private quietErrors = 0;

  /**
   * Closes this processor's worker before Nest tears anything down, so that a job running
   * at SIGTERM finishes with the database and the ledger still there. With Redis away the
   * fetch loop waits on a command that will not return, so the worker is closed without
   * waiting: the jobs it was running go back to their queue when their lock lapses.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close(this.monitor?.isUp('redis') === false).catch(() => undefined);
  }

  /** The job names this processor handles. */
  handledJobs(): string[] {
    return [...((this as { [HANDLERS]?: HandlerMap })[HANDLERS]?.keys() ?? [])];
  }

  async process(job: Job): Promise<unknown> {
    const method = (this as { [HANDLERS]?: HandlerMap })[HANDLERS]?.get(job.name);
    if (method === undefined) throw new Error(`No handler for job '${job.name}' on queue '${this.queue}'`);
    const handler = (this as unknown as Record<string | symbol, (job: Job) => Promise<unknown>>)[method];
    const requestId = (job.data as { requestId?: unknown } | undefined)?.requestId;
    const cls = ClsServiceManager.getClsService();
    return cls.run(async () => {
      cls.set(CLS_ID, typeof requestId === 'string' ? requestId : `job:${job.queueName}:${job.id}`);
      const result = await handler.call(this, job);
      const eventId = (job.data as { id?: unknown } | undefined)?.id;
      if (this.ledger && typeof eventId === 'string' && EVENT_ROUTES[job.name]?.includes(this.queue)) {
        await this.ledger.delivered(eventId, this.queue);
      }
      return result;
    });
  }

  /**
   * BullMQ's worker reports errors outside jobs here (a lost connection, a failed lock
   * renewal). Lost connections are the dependency monitor's to announce; anything else is
   * logged at most once a minute, with how many were left out.
   */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (isConnectionError(error) || this.monitor?.isUp('redis') === false) return;
    // A job whose key or lock Redis no longer holds: Redis restarted without its data (the
    // outbox sweep sends the event again, maybe while a first run still finishes) or the job
    // stalled and runs again. Expected.
    if (/^(Missing (key|lock) for job|Lock mismatch for job|could not renew lock for job)/i.test(error.message)) {
      this.logger.debug(`Queue '${this.queue}' worker: ${error.message}`);
      return;
    }
    const now = Date.now();
    if (now - this.lastErrorLog < REMINDER_INTERVAL_MS) {
      this.quietErrors += 1;
      return;
    }
    this.lastErrorLog = now;
    const left = this.quietErrors;
    this.quietErrors = 0;
    this.logger.warn(
      `Queue '${this.queue}' worker: ${error.message}${left > 0 ? ` (and ${left} more in the last minute)` : ''}`,
    );
  }
}

/** The BullMQ job type of a catalog job, for handler signatures. */
export type JobOf<Q extends QueueName, N extends JobName<Q>> = Job<JobPayload<Q, N>>;
