import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { SlotTakenError } from '../domain';
import { BookingEntity, EquipmentQualificationEntity } from './entities';

export interface BookingRecord {
  dealId: string;
  listingId: string;
  serviceMode: string;
  start: Date;
  end: Date;
  blockedUntil: Date;
  active: boolean;
}

/** Keeps these advisory locks apart from other contexts' (licences use their own seed). */
const BOOKING_LOCK_SEED = 7301;

/** PostgreSQL's exclusion violation: the slot (with its buffer) overlaps a holding booking. */
function isExclusionViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string; constraint?: string } };
  return (e?.driverError?.code ?? e?.code) === '23P01';
}

@Injectable()
export class BookingRepository {
  /**
   * Holds `[start, end)` plus the buffer after it; the exclusion constraint refuses an
   * overlap, whoever else is inserting. Inserts for one equipment are queued on a lock
   * first: two transactions inserting overlapping rows at once could otherwise each wait
   * on the other's row, a deadlock PostgreSQL documents for exclusion constraints. A
   * refusal aborts the caller's transaction; the caller starts afresh if it retries.
   */
  async hold(
    tx: Db,
    booking: { dealId: string; listingId: string; serviceMode: string; start: Date; end: Date; bufferMinutes: number },
  ): Promise<void> {
    try {
      await tx.query(
        `INSERT INTO bookings (deal_id, listing_id, service_mode, during, blocked)
         SELECT $1::uuid, $2::uuid, $3::text, tstzrange($4::timestamptz, $5::timestamptz, '[)'),
                tstzrange($4::timestamptz, $5::timestamptz + make_interval(mins => $6::int), '[)')
         FROM (SELECT pg_advisory_xact_lock(hashtextextended($2::text, ${BOOKING_LOCK_SEED}))) AS queued`,
        [booking.dealId, booking.listingId, booking.serviceMode, booking.start, booking.end, booking.bufferMinutes],
      );
    } catch (error) {
      if (isExclusionViolation(error)) throw new SlotTakenError();
      throw error;
    }
  }

  /** Frees the slot (declined, lapsed, cancelled): it no longer blocks anyone. */
  async release(tx: Db, dealId: string): Promise<void> {
    await tx.getRepository(BookingEntity).update({ dealId }, { active: false });
  }

  async findByDeal(db: Db, dealId: string): Promise<BookingRecord | undefined> {
    const rows: BookingRecord[] = await db.query(
      `SELECT deal_id AS "dealId", listing_id AS "listingId", service_mode AS "serviceMode",
              lower(during) AS start, upper(during) AS "end", upper(blocked) AS "blockedUntil", active
       FROM bookings WHERE deal_id = $1`,
      [dealId],
    );
    return rows[0];
  }

  /**
   * Whether a live booking (not a lapsed request) blocks `[start, end + buffer)`: a quick
   * answer for the many who lose a race, before any transaction. The constraint decides.
   */
  async isTaken(db: Db, listingId: string, start: Date, end: Date, bufferMinutes: number): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM bookings b JOIN deals d ON d.id = b.deal_id
       WHERE b.listing_id = $1 AND b.active
         AND b.blocked && tstzrange($2, $3::timestamptz + make_interval(mins => $4), '[)')
         AND NOT (d.state = 'requested' AND d.hold_expires_at <= now())
       LIMIT 1`,
      [listingId, start, end, bufferMinutes],
    );
    return rows.length > 0;
  }

  /** Requests on this listing overlapping the slot whose hold lapsed but that still block it. */
  async lapsedOverlapping(db: Db, listingId: string, start: Date, end: Date, bufferMinutes: number): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT d.id FROM bookings b JOIN deals d ON d.id = b.deal_id
       WHERE b.listing_id = $1 AND b.active
         AND b.blocked && tstzrange($2, $3::timestamptz + make_interval(mins => $4), '[)')
         AND d.state = 'requested' AND d.hold_expires_at <= now()`,
      [listingId, start, end, bufferMinutes],
    );
    return rows.map((r) => r.id);
  }
}

export interface QualificationRecord {
  userId: string;
  note: string | null;
  expiresOn: string | null;
  recordedBy: string | null;
  createdAt: Date;
}

@Injectable()
export class QualificationRepository {
  async isQualified(db: Db, listingId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM equipment_qualifications
       WHERE listing_id = $1 AND user_id = $2 AND (expires_on IS NULL OR expires_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date)`,
      [listingId, userId],
    );
    return rows.length > 0;
  }

  async record(
    tx: Db,
    q: { listingId: string; userId: string; recordedBy: string; note: string | null; expiresOn: string | null },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO equipment_qualifications (listing_id, user_id, recorded_by, note, expires_on)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (listing_id, user_id) DO UPDATE
         SET recorded_by = EXCLUDED.recorded_by, note = EXCLUDED.note, expires_on = EXCLUDED.expires_on,
             created_at = now()`,
      [q.listingId, q.userId, q.recordedBy, q.note, q.expiresOn],
    );
  }

  async revoke(tx: Db, listingId: string, userId: string): Promise<boolean> {
    const result = await tx.getRepository(EquipmentQualificationEntity).delete({ listingId, userId });
    return (result.affected ?? 0) > 0;
  }

  async list(db: Db, listingId: string): Promise<QualificationRecord[]> {
    return db.query(
      `SELECT user_id AS "userId", note, expires_on::text AS "expiresOn", recorded_by AS "recordedBy",
              created_at AS "createdAt"
       FROM equipment_qualifications WHERE listing_id = $1 ORDER BY created_at DESC`,
      [listingId],
    );
  }
}
