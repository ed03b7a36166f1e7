import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { CapacityExceededError, type PeriodRemaining } from '../domain';

/** A period a reservation wants, with what the listing offers in it now. */
export interface PeriodHold {
  start: string;
  end: string;
  offered: number;
  quantity: number;
}

export interface ReservationPeriodRecord {
  start: string;
  end: string;
  quantity: number;
  status: 'held' | 'committed' | 'released';
}

export interface PeriodUsage {
  start: string;
  offered: number;
  held: number;
  committed: number;
}

const dates = (periods: readonly { start: string }[]) => periods.map((p) => p.start);

/**
 * Capacity per period (capacity_periods) and what each reservation takes of it
 * (reservation_periods: held while negotiated, committed once accepted, released when it
 * ends otherwise). Every change locks its period rows first, in period order, so two
 * reservations over overlapping periods queue instead of deadlocking; the remaining
 * quantity is checked under that lock, and the table's CHECK (held + committed ≤ offered)
 * is only the last line of defence. Callers hold the deal's row lock (or just inserted it).
 */
@Injectable()
export class CapacityRepository {
  /**
   * Makes the deal hold exactly `wanted` (a new request, or the terms of a counter-offer):
   * periods it no longer wants are released, the others held at their new quantity.
   * Throws CapacityExceededError naming every period without room for the increase.
   */
  async hold(tx: Db, dealId: string, listingId: string, wanted: readonly PeriodHold[]): Promise<void> {
    const sorted = [...wanted].sort((a, b) => a.start.localeCompare(b.start));
    const mine: { start: string }[] = await tx.query(
      `SELECT period_start::text AS start FROM reservation_periods WHERE deal_id = $1 AND status = 'held'`,
      [dealId],
    );
    // New periods get their row, offering what the listing states now.
    await tx.query(
      `INSERT INTO capacity_periods (listing_id, period_start, period_end, offered)
       SELECT $1, w.period_start, w.period_end, w.offered
       FROM unnest($2::date[], $3::date[], $4::numeric[]) AS w (period_start, period_end, offered)
       ORDER BY w.period_start
       ON CONFLICT (listing_id, period_start) DO NOTHING`,
      [listingId, dates(sorted), sorted.map((p) => p.end), sorted.map((p) => p.offered)],
    );
    await this.lock(tx, listingId, [...new Set([...dates(sorted), ...dates(mine)])]);
    // Rows made earlier follow the listing's offer as it stands, never below what is already taken.
    await tx.query(
      `UPDATE capacity_periods cp SET offered = GREATEST(w.offered, cp.held + cp.committed)
       FROM unnest($2::date[], $3::numeric[]) AS w (period_start, offered)
       WHERE cp.listing_id = $1 AND cp.period_start = w.period_start
         AND cp.offered <> GREATEST(w.offered, cp.held + cp.committed)`,
      [listingId, dates(sorted), sorted.map((p) => p.offered)],
    );

    const params = [listingId, dealId, dates(sorted), sorted.map((p) => p.quantity)];
    const changes = `
      WITH wanted AS (SELECT * FROM unnest($3::date[], $4::numeric[]) AS w (period_start, quantity)),
           mine AS (SELECT period_start, quantity FROM reservation_periods WHERE deal_id = $2 AND status = 'held'),
           change AS (
             SELECT period_start, COALESCE(w.quantity, 0) - COALESCE(m.quantity, 0) AS delta,
                    COALESCE(m.quantity, 0) AS own
             FROM wanted w FULL JOIN mine m USING (period_start))`;
    const short: Record<keyof PeriodRemaining, string>[] = await tx.query(
      `${changes}
       SELECT cp.period_start::text AS "periodStart", cp.period_end::text AS "periodEnd", cp.offered::text AS offered,
              (cp.offered - cp.held - cp.committed + c.own)::text AS remaining
       FROM change c JOIN capacity_periods cp ON cp.listing_id = $1 AND cp.period_start = c.period_start
       WHERE c.delta > 0 AND cp.offered - cp.held - cp.committed < c.delta
       ORDER BY cp.period_start`,
      params,
    );
    if (short.length > 0) {
      throw new CapacityExceededError(
        short.map((p) => ({ ...p, offered: Number(p.offered), remaining: Math.max(0, Number(p.remaining)) })),
      );
    }
    await tx.query(
      `${changes}
       UPDATE capacity_periods cp SET held = cp.held + c.delta
       FROM change c WHERE cp.listing_id = $1 AND cp.period_start = c.period_start AND c.delta <> 0`,
      params,
    );
    await tx.query(
      `UPDATE reservation_periods SET status = 'released'
       WHERE deal_id = $1 AND status = 'held' AND NOT (period_start = ANY($2::date[]))`,
      [dealId, dates(sorted)],
    );
    await tx.query(
      `INSERT INTO reservation_periods (deal_id, listing_id, period_start, quantity, status)
       SELECT $1, $2, w.period_start, w.quantity, 'held'
       FROM unnest($3::date[], $4::numeric[]) AS w (period_start, quantity)
       ON CONFLICT (deal_id, period_start) DO UPDATE SET quantity = EXCLUDED.quantity, status = 'held'`,
      [dealId, listingId, dates(sorted), sorted.map((p) => p.quantity)],
    );
  }

  /** Accepted: what the deal holds becomes committed. It was held, so it always fits. */
  async commit(tx: Db, dealId: string): Promise<void> {
    await this.lockForDeal(tx, dealId, ['held']);
    await tx.query(
      `UPDATE capacity_periods cp SET held = cp.held - rp.quantity, committed = cp.committed + rp.quantity
       FROM reservation_periods rp
       WHERE rp.deal_id = $1 AND rp.status = 'held' AND cp.listing_id = rp.listing_id AND cp.period_start = rp.period_start`,
      [dealId],
    );
    await tx.query(`UPDATE reservation_periods SET status = 'committed' WHERE deal_id = $1 AND status = 'held'`, [
      dealId,
    ]);
  }

  /** Declined, lapsed or cancelled: whatever the deal holds or committed is free again. */
  async release(tx: Db, dealId: string): Promise<void> {
    await this.lockForDeal(tx, dealId, ['held', 'committed']);
    await tx.query(
      `UPDATE capacity_periods cp SET
         held = cp.held - CASE WHEN rp.status = 'held' THEN rp.quantity ELSE 0 END,
         committed = cp.committed - CASE WHEN rp.status = 'committed' THEN rp.quantity ELSE 0 END
       FROM reservation_periods rp
       WHERE rp.deal_id = $1 AND rp.status <> 'released'
         AND cp.listing_id = rp.listing_id AND cp.period_start = rp.period_start`,
      [dealId],
    );
    await tx.query(`UPDATE reservation_periods SET status = 'released' WHERE deal_id = $1 AND status <> 'released'`, [
      dealId,
    ]);
  }

  /** The periods a reservation takes (or took), in order. */
  async periodsOf(db: Db, dealId: string): Promise<ReservationPeriodRecord[]> {
    const rows: (Omit<ReservationPeriodRecord, 'quantity'> & { quantity: string })[] = await db.query(
      `SELECT rp.period_start::text AS start, cp.period_end::text AS "end", rp.quantity::text AS quantity, rp.status
       FROM reservation_periods rp
       JOIN capacity_periods cp ON cp.listing_id = rp.listing_id AND cp.period_start = rp.period_start
       WHERE rp.deal_id = $1 ORDER BY rp.period_start`,
      [dealId],
    );
    return rows.map((r) => ({ ...r, quantity: Number(r.quantity) }));
  }

  /** What is held and committed in these periods of a listing (periods without a row have nothing taken). */
  async usage(db: Db, listingId: string, starts: readonly string[]): Promise<PeriodUsage[]> {
    const rows: Record<keyof PeriodUsage, string>[] = await db.query(
      `SELECT period_start::text AS start, offered::text AS offered, held::text AS held, committed::text AS committed
       FROM capacity_periods WHERE listing_id = $1 AND period_start = ANY($2::date[]) ORDER BY period_start`,
      [listingId, starts],
    );
    return rows.map((r) => ({
      start: r.start,
      offered: Number(r.offered),
      held: Number(r.held),
      committed: Number(r.committed),
    }));
  }

  /**
   * What is held and committed per listing and period start, for many listings in one
   * query (periods without a row have nothing taken and are absent).
   */
  async takenOfMany(
    db: Db,
    listingIds: readonly string[],
    starts: readonly string[],
  ): Promise<Array<{ listingId: string; start: string; taken: number }>> {
    if (listingIds.length === 0 || starts.length === 0) return [];
    const rows: Array<{ listingId: string; start: string; taken: string }> = await db.query(
      `SELECT listing_id AS "listingId", period_start::text AS start, (held + committed)::text AS taken
       FROM capacity_periods WHERE listing_id = ANY($1::uuid[]) AND period_start = ANY($2::date[])`,
      [listingIds, starts],
    );
    return rows.map((r) => ({ ...r, taken: Number(r.taken) }));
  }

  /** Reservations whose hold lapsed unanswered but that still hold some of these periods. */
  async lapsedHolders(db: Db, listingId: string, starts: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT DISTINCT d.id FROM reservation_periods rp JOIN deals d ON d.id = rp.deal_id
       WHERE rp.listing_id = $1 AND rp.period_start = ANY($2::date[]) AND rp.status = 'held'
         AND d.state IN ('requested', 'countered') AND d.hold_expires_at <= now()`,
      [listingId, starts],
    );
    return rows.map((r) => r.id);
  }

  private async lock(tx: Db, listingId: string, starts: readonly string[]): Promise<void> {
    await tx.query(
      `SELECT 1 FROM capacity_periods WHERE listing_id = $1 AND period_start = ANY($2::date[])
       ORDER BY period_start FOR UPDATE`,
      [listingId, starts],
    );
  }

  private async lockForDeal(tx: Db, dealId: string, statuses: readonly string[]): Promise<void> {
    await tx.query(
      `SELECT 1 FROM capacity_periods cp
       JOIN reservation_periods rp ON cp.listing_id = rp.listing_id AND cp.period_start = rp.period_start
       WHERE rp.deal_id = $1 AND rp.status = ANY($2::text[])
       ORDER BY cp.period_start FOR UPDATE OF cp`,
      [dealId, statuses],
    );
  }
}
