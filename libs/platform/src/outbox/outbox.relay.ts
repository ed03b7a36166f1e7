import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { PgListener } from '../database/pg-listener';
import type { EventRoutes } from '../queue/queue-catalog';
import type { OutboxMessage } from './outbox-message';
import { OUTBOX_CHANNEL } from './outbox.writer';

export interface OutboxRelayOptions {
  batchSize: number;
  /** How often to look for events when no NOTIFY arrives (missed, or LISTEN down). */
  pollIntervalMs: number;
  /** Longest wait between attempts while Redis (or PostgreSQL) keeps failing. */
  maxBackoffMs: number;
  /**
   * How long one enqueue may take. BullMQ waits for a connection rather than failing, so
   * without a limit a relay would hold its claimed rows for as long as Redis is away.
   */
  enqueueTimeoutMs?: number;
}

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  request_id: string | null;
  created_at: Date;
}

/** Resolves a queue name to a producer. The relay never creates queues itself. */
export type QueueLookup = (name: string) => Queue;

/**
 * Moves committed outbox events to their BullMQ queues. Batches are claimed with
 * `FOR UPDATE SKIP LOCKED`, so relays running side by side never take the same rows;
 * each job's id is the event's UUID, so a batch retried after a crash (enqueued but not
 * yet marked) is not enqueued twice. Woken by LISTEN/NOTIFY, with polling as a fallback.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly listener: PgListener;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wakeAgain = false;
  private stopped = true;
  private failures = 0;
  private retryAt = 0;

  constructor(
    private readonly dataSource: DataSource,
    databaseUrl: string,
    private readonly queues: QueueLookup,
    private readonly routes: EventRoutes,
    private readonly options: OutboxRelayOptions,
  ) {
    this.listener = new PgListener({
      databaseUrl,
      channel: OUTBOX_CHANNEL,
      applicationName: 'rongtong-outbox-relay',
      retryMs: options.pollIntervalMs,
      maxRetryMs: options.maxBackoffMs,
      onNotification: () => this.wake(),
      // Whatever was written while nobody listened is picked up at once.
      onListening: () => this.wake(),
    });
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listener.start();
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener.stop();
    await this.draining;
  }

  /** Relays until the outbox is empty (or a batch fails). Safe to call at any time. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    if (Date.now() < this.retryAt) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  /** Relays one batch; resolves to how many events it moved. Exposed for tests and tools. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, type, aggregate_type, aggregate_id, payload, request_id, created_at
           FROM outbox
          WHERE published_at IS NULL
          ORDER BY created_at, id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.enqueue(rows);
      await manager.query(
        `UPDATE outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      return rows.length;
    });
  }

  private async enqueue(rows: OutboxRow[]): Promise<void> {
    const byQueue = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      for (const queue of this.routes[row.type] ?? []) {
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
      }
    }
    for (const [queue, queued] of byQueue) {
      const added = this.queues(queue).addBulk(
        queued.map((row) => ({
          name: row.type,
          data: toMessage(row),
          opts: { jobId: row.id },
        })),
      );
      // If the timeout wins, the add may still land later; the rows stay unpublished and
      // their next relay is absorbed by the job-id deduplication.
      await withTimeout(added, this.options.enqueueTimeoutMs ?? 5_000, `enqueue to '${queue}'`);
    }
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) === this.options.batchSize) {
        // a full batch: there may be more behind it
      }
      this.failures = 0;
      this.retryAt = 0;
    } catch (error) {
      this.failures += 1;
      const backoff = Math.min(this.options.pollIntervalMs * 2 ** this.failures, this.options.maxBackoffMs);
      this.retryAt = Date.now() + backoff;
      this.logger.warn(`Outbox relay failed (attempt ${this.failures}, retrying in ${backoff} ms): ${describe(error)}`);
      await this.recordFailure(error);
    }
  }

  private async recordFailure(error: unknown): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2
          WHERE id IN (SELECT id FROM outbox WHERE published_at IS NULL ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED)`,
        [this.options.batchSize, describe(error).slice(0, 1000)],
      )
      .catch(() => undefined);
  }
}

function toMessage(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    payload: row.payload,
    occurredAt: row.created_at.toISOString(),
    requestId: row.request_id,
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  promise.catch(() => undefined); // a late failure after the timeout is not unhandled
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
