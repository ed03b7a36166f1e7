import { WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { CLS_ID, ClsServiceManager } from 'nestjs-cls';
import type { JobName, JobPayload, QueueName } from './queue-catalog';

const HANDLERS = Symbol('rongtong:job-handlers');

type HandlerMap = Map<string, string | symbol>;

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
 */
export abstract class DispatchingProcessor<Q extends QueueName = QueueName> extends WorkerHost {
  abstract readonly queue: Q;
  protected readonly logger = new Logger(this.constructor.name);

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
      return handler.call(this, job);
    });
  }
}

/** The BullMQ job type of a catalog job, for handler signatures. */
export type JobOf<Q extends QueueName, N extends JobName<Q>> = Job<JobPayload<Q, N>>;
