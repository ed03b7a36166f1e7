import { Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { PgListener } from '../database/pg-listener';
import { REMINDER_INTERVAL_MS, isConnectionError } from '../health/dependency-monitor';
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
   * How long one enqueue may take. Queue commands wait for a reconnection rather than
   * failing, so without a limit a relay would hold its claimed rows for as long as Redis is away.
   */
  enqueueTimeoutMs?: number;
  /**
   * How often to check that every relayed event not yet delivered still has its job in
   * Redis (a Redis that restarted empty lost them), re-adding those that are missing.
   * 0 turns the sweep off.
   */
  sweepIntervalMs?: number;
  /** Events relayed more recently than this are left to their jobs by the periodic sweep. */
  sweepGraceMs?: number;
  /** False while Redis is known to be away: the relay then waits instead of trying. */
  canEnqueue?: () => boolean;
  /** Called with what a failed attempt threw (for the dependency monitor). */
  onFailure?: (error: unknown) => void;
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

interface UndeliveredRow extends OutboxRow {
  published_at: Date;
  routes: string[];
  done_routes: string[];
}

/** What one sweep found and did. */
export interface SweepResult {
  /** Events relayed but not yet delivered that were checked. */
  checked: number;
  /** Jobs missing from Redis, added again. */
  readded: number;
  /** Jobs that had failed on an outage (a connection error), retried. */
  retried: number;
}

/** Resolves a queue name to a producer. The relay never creates queues itself. */
export type QueueLookup = (name: string) => Queue;

const SWEEP_PAGE = 500;
const SWEEP_MAX_ROWS = 20_000;

/**
 * Moves committed outbox events to their BullMQ queues. Batches are claimed with
 * `FOR UPDATE SKIP LOCKED`, so relays running side by side never take the same rows;
 * each job's id is the event's UUID (and its queue the route), so a batch retried after a
 * crash (enqueued but not yet marked) is not enqueued twice. Woken by LISTEN/NOTIFY, with
 * polling as a fallback.
 *
 * Relayed is not delivered: an event is `published_at` once its jobs are in Redis, and
 * `completed_at` once every route's job has finished (the worker records each in
 * `done_routes`, see `OutboxLedger`). The sweep re-adds the jobs of relayed events that
 * Redis no longer holds (a restart without persistence), and retries those that failed on
 * an outage; processors are idempotent by event, so a job run twice has its effect once.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly listener: PgListener;
  private timer?: NodeJS.Timeout;
  private sweepTimer?: NodeJS.Timeout;
  private retryTimer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private sweeping?: Promise<SweepResult>;
  private wakeAgain = false;
  private sweepAgain = false;
  private stopped = true;
  private failures = 0;
  private retryAt = 0;
  private lastFailureLog = 0;

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
    if (this.options.sweepIntervalMs) {
      this.sweepTimer = setInterval(() => this.sweepSoon(false), this.options.sweepIntervalMs);
    }
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await this.listener.stop();
    await Promise.all([this.draining, this.sweeping?.catch(() => undefined)]);
  }

  /** Relays until the outbox is empty (or a batch fails). Safe to call at any time. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wakeAgain = true;
      return;
    }
    if (Date.now() < this.retryAt) return;
    // Redis is known to be away: nothing to try until it is back (its return wakes us).
    if (this.options.canEnqueue && !this.options.canEnqueue()) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.wakeAgain) {
        this.wakeAgain = false;
        this.wake();
      }
    });
  }

  /**
   * Sweeps now (in the background); while a sweep runs, once more after it. `all` checks
   * every relayed event not yet delivered, however recent: after Redis came back, empty
   * or not.
   */
  sweepSoon(all = true): void {
    if (this.stopped) return;
    if (this.sweeping) {
      this.sweepAgain ||= all;
      return;
    }
    if (this.options.canEnqueue && !this.options.canEnqueue()) return;
    this.sweeping = this.sweep({ all })
      .then(
        (result) => {
          if (result.readded + result.retried > 0) {
            this.logger.log(
              `Outbox sweep: ${result.readded} jobs missing from Redis added again, ${result.retried} failed on an outage retried (${result.checked} events in flight checked)`,
            );
          }
          return result;
        },
        (error: unknown) => {
          this.reportFailure('Outbox sweep failed', error);
          return { checked: 0, readded: 0, retried: 0 };
        },
      )
      .finally(() => {
        this.sweeping = undefined;
        if (this.sweepAgain) {
          this.sweepAgain = false;
          this.sweepSoon(true);
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
      await this.enqueue(rows.flatMap((row) => (this.routes[row.type] ?? []).map((queue) => ({ row, queue }))));
      // The routes are recorded with the row: delivery is complete when each has reported
      // (done_routes), and an event nobody hears is complete at once.
      await manager.query(
        `UPDATE outbox o
            SET published_at = now(), attempts = o.attempts + 1, last_error = NULL, routes = r.routes,
                completed_at = CASE WHEN r.routes <@ o.done_routes THEN coalesce(o.completed_at, now()) END
           FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, routes text[])
          WHERE o.id = r.id`,
        [JSON.stringify(rows.map((row) => ({ id: row.id, routes: this.routes[row.type] ?? [] })))],
      );
      return rows.length;
    });
  }

  /**
   * Checks relayed events not yet delivered against Redis: a job that is missing is added
   * again (same id, so one that reappeared meanwhile is not doubled); one that failed on a
   * connection error is retried; one Redis holds as completed is recorded as delivered.
   */
  async sweep({ all = false }: { all?: boolean } = {}): Promise<SweepResult> {
    const result: SweepResult = { checked: 0, readded: 0, retried: 0 };
    const graceMs = all ? 0 : (this.options.sweepGraceMs ?? this.options.sweepIntervalMs ?? 0);
    let after: { publishedAt: Date; id: string } | undefined;
    for (;;) {
      const rows: UndeliveredRow[] = await this.dataSource.query(
        `SELECT id, type, aggregate_type, aggregate_id, payload, request_id, created_at, published_at, routes, done_routes
           FROM outbox
          WHERE completed_at IS NULL AND published_at IS NOT NULL
            AND published_at <= now() - make_interval(secs => $1::double precision / 1000)
            AND ($2::timestamptz IS NULL OR (published_at, id) > ($2::timestamptz, $3::uuid))
          ORDER BY published_at, id
          LIMIT $4`,
        [graceMs, after?.publishedAt ?? null, after?.id ?? null, SWEEP_PAGE],
      );
      if (rows.length === 0) break;
      const byQueue = new Map<string, UndeliveredRow[]>();
      for (const row of rows) {
        for (const queue of row.routes ?? []) {
          if (row.done_routes.includes(queue)) continue;
          byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
        }
      }
      const confirmed: Array<{ id: string; queue: string }> = [];
      for (const [queueName, queued] of byQueue) {
        const queue = this.queues(queueName);
        const jobs = await withTimeout(
          Promise.all(queued.map((row) => queue.getJob(row.id) as Promise<Job | undefined>)),
          this.options.enqueueTimeoutMs ?? 5_000,
          `look up jobs in '${queueName}'`,
        );
        const missing = queued.filter((_, i) => !jobs[i]);
        if (missing.length > 0) {
          await this.enqueue(missing.map((row) => ({ row, queue: queueName })));
          result.readded += missing.length;
        }
        for (const [i, job] of jobs.entries()) {
          if (!job?.finishedOn) continue; // waiting, delayed or running: its worker will report
          const state = await job.getState();
          if (state === 'completed') confirmed.push({ id: queued[i].id, queue: queueName });
          else if (state === 'failed' && isConnectionError({ message: job.failedReason })) {
            await job.retry('failed');
            result.retried += 1;
          }
        }
      }
      if (confirmed.length > 0) await recordDelivered(this.dataSource, confirmed);
      result.checked += rows.length;
      const last = rows[rows.length - 1];
      after = { publishedAt: last.published_at, id: last.id };
      if (this.stopped || rows.length < SWEEP_PAGE || result.checked >= SWEEP_MAX_ROWS) break;
    }
    return result;
  }

  private async enqueue(items: Array<{ row: OutboxRow; queue: string }>): Promise<void> {
    const byQueue = new Map<string, OutboxRow[]>();
    for (const { row, queue } of items) byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
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
      if (this.failures > 0) this.logger.log(`Outbox relay resumed after ${this.failures} failed attempts`);
      this.failures = 0;
      this.retryAt = 0;
    } catch (error) {
      this.failures += 1;
      const backoff = Math.min(this.options.pollIntervalMs * 2 ** this.failures, this.options.maxBackoffMs);
      this.retryAt = Date.now() + backoff;
      // The retry is a timer of its own: it comes even if no poll or NOTIFY does.
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.wake();
      }, backoff);
      this.retryTimer.unref();
      this.reportFailure(`Outbox relay failed (attempt ${this.failures}, retrying in ${backoff} ms)`, error);
      await this.recordFailure(error);
    }
  }

  /**
   * One line for the first failure and then at most one a minute; failures to reach Redis
   * or PostgreSQL are the dependency monitor's to announce, so they only go to debug.
   */
  private reportFailure(what: string, error: unknown): void {
    this.options.onFailure?.(error);
    const now = Date.now();
    const dependencyAway = isConnectionError(error) || this.options.canEnqueue?.() === false;
    if (dependencyAway || now - this.lastFailureLog < REMINDER_INTERVAL_MS) {
      this.logger.debug(`${what}: ${describe(error)}`);
      return;
    }
    this.lastFailureLog = now;
    this.logger.warn(`${what}: ${describe(error)}`);
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

/**
 * Records that the jobs of these events on these routes have finished; an event whose
 * routes are all done is complete. Concurrent calls for the same event (its routes
 * finishing in different processes) each add to what the other wrote: PostgreSQL
 * re-reads a row an UPDATE waited for.
 */
export async function recordDelivered(
  dataSource: Pick<DataSource, 'query'>,
  delivered: ReadonlyArray<{ id: string; queue: string }>,
): Promise<void> {
  const byEvent = new Map<string, Set<string>>();
  for (const { id, queue } of delivered) byEvent.set(id, (byEvent.get(id) ?? new Set()).add(queue));
  await dataSource.query(
    `UPDATE outbox o
        SET done_routes = ARRAY(SELECT DISTINCT r FROM unnest(o.done_routes || d.done) AS r ORDER BY r),
            completed_at = CASE WHEN o.routes IS NOT NULL AND o.routes <@ (o.done_routes || d.done)
                                THEN coalesce(o.completed_at, now()) ELSE o.completed_at END
       FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, done text[])
      WHERE o.id = d.id AND NOT (d.done <@ o.done_routes)`,
    [JSON.stringify([...byEvent].map(([id, done]) => ({ id, done: [...done] })))],
  );
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
