import { Injectable } from '@nestjs/common';
import type { Interval } from '@rongtong/kernel';
import type { Db } from '@rongtong/platform';

/**
 * Read-only: the time active bookings hold on equipment listings, as the exclusion
 * constraint sees it (`blocked`: the booking and the buffer after it). Nothing about who
 * booked leaves this repository.
 */
@Injectable()
export class AvailabilityRepository {
  /** Blocked ranges of one listing overlapping `[from, to)`, oldest first. */
  async busy(db: Db, listingId: string, from: Date, to: Date): Promise<Interval[]> {
    return (await this.busyOf(db, [listingId], from, to)).get(listingId) ?? [];
  }

  /** Blocked ranges overlapping `[from, to)` of each of `listingIds` (absent: none). */
  async busyOf(db: Db, listingIds: readonly string[], from: Date, to: Date): Promise<Map<string, Interval[]>> {
    const busy = new Map<string, Interval[]>();
    if (listingIds.length === 0) return busy;
    const rows: Array<{ listingId: string; start: Date; end: Date }> = await db.query(
      `SELECT listing_id AS "listingId", lower(blocked) AS start, upper(blocked) AS "end"
         FROM bookings
        WHERE listing_id = ANY($1::uuid[]) AND active AND blocked && tstzrange($2, $3, '[)')
        ORDER BY listing_id, lower(blocked)`,
      [listingIds, from, to],
    );
    for (const { listingId, start, end } of rows) {
      const list = busy.get(listingId) ?? [];
      list.push({ start: new Date(start), end: new Date(end) });
      busy.set(listingId, list);
    }
    return busy;
  }
}
