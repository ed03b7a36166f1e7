import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { ListingAuditEntity } from './entities';

export interface AuditEntry {
  listingId: string;
  actorUserId: string | null;
  action: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditTrailEntry {
  id: string;
  action: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actorUserId: string | null;
}

/** `listing_audit`: who did what to a listing, and why; appended to, never changed. */
@Injectable()
export class ListingAuditRepository {
  async append(tx: Db, entry: AuditEntry): Promise<void> {
    await tx.getRepository(ListingAuditEntity).insert({
      listingId: entry.listingId,
      actorUserId: entry.actorUserId,
      action: entry.action,
      reason: entry.reason ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    });
  }

  /** A listing's trail, oldest first (ids as text: they are bigints). */
  async trail(db: Db, listingId: string): Promise<AuditTrailEntry[]> {
    const rows = await db.getRepository(ListingAuditEntity).find({ where: { listingId }, order: { id: 'ASC' } });
    return rows.map(({ id, action, reason, before, after, createdAt, actorUserId }) => ({
      id,
      action,
      reason,
      before,
      after,
      createdAt,
      actorUserId,
    }));
  }
}
