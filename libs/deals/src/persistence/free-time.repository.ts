import { Injectable } from '@nestjs/common';
import type { Interval } from '@rongtong/kernel';
import type { Db } from '@rongtong/platform';

/**
 * `listing_free_time`: each bookable listing's free intervals over the coming weeks, kept
 * by the worker so that search can ask "free for N hours between X and Y" in one query.
 */
@Injectable()
export class FreeTimeRepository {
  /**
   * Serialises recomputation per listing for the caller's transaction, so an older
   * computation never commits over a newer one. Ids are locked in order: no deadlocks.
   */
  async lock(tx: Db, listingIds: readonly string[]): Promise<void> {
    if (listingIds.length === 0) return;
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('listing_free_time:' || id, 0))
         FROM unnest($1::text[]) AS id ORDER BY id`,
      [[...listingIds].sort()],
    );
  }

  /** Replaces the rows of `listingIds` with `free` (listings missing from it get none). */
  async replace(
    tx: Db,
    listingIds: readonly string[],
    free: ReadonlyMap<string, readonly Interval[]>,
    computedAt: Date,
  ): Promise<number> {
    if (listingIds.length === 0) return 0;
    await tx.query(`DELETE FROM listing_free_time WHERE listing_id = ANY($1::uuid[])`, [listingIds]);
    const rows = [...free].flatMap(([listingId, intervals]) =>
      intervals.map((i) => ({ listingId, start: i.start.toISOString(), end: i.end.toISOString() })),
    );
    if (rows.length === 0) return 0;
    await tx.query(
      `INSERT INTO listing_free_time (listing_id, free, computed_at)
       SELECT r."listingId", tstzrange(r.start, r."end", '[)'), $2
         FROM jsonb_to_recordset($1::jsonb) AS r("listingId" uuid, start timestamptz, "end" timestamptz)`,
      [JSON.stringify(rows), computedAt],
    );
    return rows.length;
  }

  /** Every listing that has rows: to clear those no longer bookable on a full refresh. */
  async listingIds(db: Db): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(`SELECT DISTINCT listing_id AS id FROM listing_free_time`);
    return rows.map((r) => r.id);
  }

  /**
   * Of these listings, those with rows at all (free time computed), each with its free
   * intervals cut to `[from, to)`: none when it has rows but no free time there. One query.
   */
  async freeWithin(db: Db, listingIds: readonly string[], from: Date, to: Date): Promise<Map<string, Interval[]>> {
    if (listingIds.length === 0) return new Map();
    const rows: Array<{ id: string; start: Date | null; end: Date | null }> = await db.query(
      `SELECT l.id, t.start, t."end"
         FROM unnest($1::uuid[]) AS l (id)
         JOIN LATERAL (SELECT 1 FROM listing_free_time f WHERE f.listing_id = l.id LIMIT 1) computed ON true
         LEFT JOIN LATERAL (
           SELECT lower(f.free * tstzrange($2, $3, '[)')) AS start, upper(f.free * tstzrange($2, $3, '[)')) AS "end"
             FROM listing_free_time f WHERE f.listing_id = l.id AND f.free && tstzrange($2, $3, '[)')
         ) t ON true`,
      [listingIds, from, to],
    );
    const free = new Map<string, Interval[]>();
    for (const row of rows) {
      const intervals = free.get(row.id) ?? [];
      if (row.start && row.end) intervals.push({ start: new Date(row.start), end: new Date(row.end) });
      free.set(row.id, intervals);
    }
    return free;
  }

  /** Listings with a free interval that, cut to `[from, to)`, lasts at least `minutes`. */
  async listingsFreeFor(db: Db, from: Date, to: Date, minutes: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT DISTINCT listing_id AS id
         FROM listing_free_time, LATERAL (SELECT free * tstzrange($1, $2, '[)') AS part) p
        WHERE free && tstzrange($1, $2, '[)')
          AND upper(p.part) - lower(p.part) >= $3::float8 * interval '1 minute'`,
      [from, to, minutes],
    );
    return rows.map((r) => r.id);
  }
}
