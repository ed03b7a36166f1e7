import { randomUUID } from 'node:crypto';
import { Injectable, Optional } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import type { DomainEvent } from './outbox-message';

export const OUTBOX_CHANNEL = 'outbox';

/**
 * Writes events into the outbox inside the caller's transaction, so an event exists if
 * and only if the change it announces was committed. The NOTIFY is transactional too:
 * PostgreSQL delivers it at commit and drops it on rollback.
 */
@Injectable()
export class OutboxWriter {
  constructor(@Optional() private readonly cls?: ClsService) {}

  async append(manager: EntityManager, ...events: DomainEvent<object>[]): Promise<string[]> {
    if (events.length === 0) return [];
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction');
    }
    const requestId = this.cls?.isActive() ? (this.cls.getId() ?? null) : null;
    const ids = events.map(() => randomUUID());
    // One round trip: the rows, and the wake-up for the relay (sent at commit).
    await manager.query(
      `WITH written AS (
         INSERT INTO outbox (id, type, aggregate_type, aggregate_id, payload, request_id)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[])
         RETURNING 1
       )
       SELECT pg_notify($7, '') FROM (SELECT 1 FROM written LIMIT 1) AS any_written`,
      [
        ids,
        events.map((e) => e.type),
        events.map((e) => e.aggregateType),
        events.map((e) => e.aggregateId),
        events.map((e) => JSON.stringify(e.payload)),
        events.map(() => requestId),
        OUTBOX_CHANNEL,
      ],
    );
    return ids;
  }
}
