import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Batcher } from '../queue/batcher';
import { recordDelivered } from './outbox.relay';

/**
 * Where the worker records that an event's job on one route has finished, so the event
 * counts as delivered only once its effect is done. Jobs finishing together share one
 * UPDATE; a job completes only after its record is written (if the write fails, the job
 * fails and runs again, which the idempotent processors absorb).
 */
@Injectable()
export class OutboxLedger {
  private readonly batcher: Batcher<{ id: string; queue: string }>;

  constructor(dataSource: DataSource) {
    this.batcher = new Batcher((items) => recordDelivered(dataSource, items), { maxSize: 500, maxWaitMs: 10 });
  }

  delivered(eventId: string, queue: string): Promise<void> {
    return this.batcher.add({ id: eventId, queue });
  }
}
