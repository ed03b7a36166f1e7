import type { DataSource } from 'typeorm';

export interface OutboxStats {
  /** Events committed but not yet relayed to Redis. */
  unpublished: number;
  /** Age of the oldest of them, in seconds (0 when there is none). */
  oldestUnpublishedSeconds: number;
  /** Events relayed whose jobs have not all finished yet. */
  undelivered: number;
}

/** The outbox's backlog, for `/metrics`: two index-only counts over the partial indexes. */
export async function outboxStats(dataSource: Pick<DataSource, 'query'>): Promise<OutboxStats> {
  const [row]: Array<{ unpublished: number; oldest: number; undelivered: number }> = await dataSource.query(
    `SELECT (SELECT count(*) FROM outbox WHERE published_at IS NULL)::int AS unpublished,
            coalesce(extract(epoch FROM now() - (SELECT min(created_at) FROM outbox WHERE published_at IS NULL)), 0)::float8 AS oldest,
            (SELECT count(*) FROM outbox WHERE completed_at IS NULL AND published_at IS NOT NULL)::int AS undelivered`,
  );
  return { unpublished: row.unpublished, oldestUnpublishedSeconds: row.oldest, undelivered: row.undelivered };
}
