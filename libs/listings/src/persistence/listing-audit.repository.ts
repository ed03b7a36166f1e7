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

export interface ParkAuditFilter {
  actorUserId?: string;
  action?: string;
  listingId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** Words in the listing's title, the reason or the action. */
  text?: string;
}

export interface ParkAuditRow extends AuditTrailEntry {
  listingId: string;
  listingTitle: string;
  listingKind: string;
  ownerOrganizationId: string;
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

  /** Many entries in one statement (an import's batch). */
  async appendMany(tx: Db, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await tx.getRepository(ListingAuditEntity).insert(
      entries.map((entry) => ({
        listingId: entry.listingId,
        actorUserId: entry.actorUserId,
        action: entry.action,
        reason: entry.reason ?? null,
        before: entry.before ?? undefined,
        after: entry.after ?? undefined,
      })),
    );
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

  /**
   * The trail of every listing the given organizations own (a park's enterprises), newest
   * first, filtered; `text` matches the title, the reason or the action, in any case.
   */
  async ofOwners(
    db: Db,
    ownerOrganizationIds: readonly string[],
    filter: ParkAuditFilter,
    page: { offset: number; limit: number },
  ): Promise<{ items: ParkAuditRow[]; total: number }> {
    const where = `
      FROM listing_audit a JOIN listings l ON l.id = a.listing_id
     WHERE l.owner_organization_id = ANY($1::uuid[])
       AND ($2::uuid IS NULL OR a.actor_user_id = $2)
       AND ($3::text IS NULL OR a.action = $3)
       AND ($4::uuid IS NULL OR a.listing_id = $4)
       AND ($5::timestamptz IS NULL OR a.created_at >= $5)
       AND ($6::timestamptz IS NULL OR a.created_at < $6)
       AND ($7::text IS NULL OR strpos(lower(l.title || ' ' || coalesce(l.title_en, '') || ' ' || coalesce(a.reason, '') || ' ' || a.action), lower($7)) > 0)`;
    const params = [
      ownerOrganizationIds,
      filter.actorUserId ?? null,
      filter.action ?? null,
      filter.listingId ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.text?.trim() || null,
    ];
    const items: ParkAuditRow[] = await db.query(
      `SELECT a.id::text AS id, a.action, a.reason, a.before, a.after, a.created_at AS "createdAt",
              a.actor_user_id AS "actorUserId", a.listing_id AS "listingId", l.title AS "listingTitle",
              l.kind AS "listingKind", l.owner_organization_id AS "ownerOrganizationId"
         ${where}
        ORDER BY a.id DESC OFFSET $8 LIMIT $9`,
      [...params, page.offset, page.limit],
    );
    const [{ total }]: [{ total: number }] = await db.query(`SELECT count(*)::int AS total ${where}`, params);
    return { items, total };
  }
}
