import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config';
import { QUEUE_NAMES } from './queue-catalog';

const queues = BullModule.registerQueueAsync(
  ...QUEUE_NAMES.map((name) => ({
    name,
    inject: [AppConfig],
    // Producers fail fast while Redis is away (no offline queue): the outbox keeps the
    // event and the relay retries, instead of a request hanging on a dead connection.
    useFactory: (config: AppConfig) => ({
      connection: { url: config.redis.url, enableOfflineQueue: false },
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

/** BullMQ on Redis: the shared connection settings and one producer per catalog queue. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redis.url, maxRetriesPerRequest: null },
        prefix: config.queue.prefix,
      }),
    }),
    queues,
  ],
  exports: [queues],
})
export class QueueModule {}
