import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config';
import { reconnectDelay } from '../redis/redis-options';
import { QUEUE_NAMES } from './queue-catalog';

/**
 * The connection of every queue and of the worker that consumes it (@nestjs/bullmq hands
 * a processor its queue's connection). Commands wait for a reconnection instead of
 * failing: a worker whose commands failed at once would spin through its fetch loop while
 * Redis is away. Producers that must not wait (the outbox relay, metrics) bound their own
 * calls with a timeout, and the relay does not try while Redis is known to be down.
 */
function connection(config: AppConfig) {
  return {
    url: config.redis.url,
    maxRetriesPerRequest: null,
    enableOfflineQueue: true,
    connectTimeout: 5_000,
    retryStrategy: reconnectDelay,
  };
}

const queues = BullModule.registerQueueAsync(
  ...QUEUE_NAMES.map((name) => ({
    name,
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      connection: connection(config),
      prefix: config.queue.prefix,
      defaultJobOptions: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 1000 },
        // Completed jobs are kept a day so that their ids still deduplicate a late retry.
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    }),
  })),
);

/**
 * Queues emit `error` for every failed reconnection attempt; unheard, BullMQ prints each
 * one. The dependency monitor says when Redis goes and comes back, so these are dropped.
 * A factory of the queues, so the listeners are on before a first connection can fail
 * (a process starting while Redis is away).
 */
const QUEUE_ERROR_SINK = Symbol('QUEUE_ERROR_SINK');
const queueErrorSink = {
  provide: QUEUE_ERROR_SINK,
  inject: QUEUE_NAMES.map((name) => getQueueToken(name)),
  useFactory: (...producers: Queue[]) => {
    for (const queue of producers) queue.on('error', () => undefined);
    return producers.length;
  },
};

/** BullMQ on Redis: the shared connection settings and one producer per catalog queue. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ connection: connection(config), prefix: config.queue.prefix }),
    }),
    queues,
  ],
  providers: [queueErrorSink],
  exports: [queues],
})
export class QueueModule {}
