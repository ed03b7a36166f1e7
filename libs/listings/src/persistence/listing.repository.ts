import { Injectable } from '@nestjs/common';
import { type Db, isPool, SingleFlight } from '@rongtong/platform';
import type { ListingContent, ListingKind, ListingStatus } from '../domain';

export interface ListingRecord extends ListingContent {
  id: string;
  ownerOrganizationId: string;
  kind: ListingKind;
  status: ListingStatus;
  statusReason: string | null;
  externalRef: string | null;
  version: number;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AuditEntry {
  listingId: string;
  actorUserId: string | null;
  action: string;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

export interface RevisionRecord {
  id: string;
  listingId: string;
  status: 'pending' | 'approved' | 'rejected' | 'superseded';
  content: ListingContent;
  reason: string | null;
  createdAt: Date;
}

const COLUMNS = `
  l.id, l.owner_organization_id AS "ownerOrganizationId", l.kind, l.status, l.title, l.title_en AS "titleEn",
  l.description, l.description_en AS "descriptionEn", l.tags, l.category, l.industry_division AS "industryDivision",
  l.park_id AS "parkId", l.region_code AS "regionCode", l.address, l.latitude, l.longitude,
  l.price_fen::float8 AS "priceFen", l.price_unit AS "priceUnit", l.visibility, l.details,
  l.status_reason AS "statusReason", l.external_ref AS "externalRef", l.version, l.published_at AS "publishedAt",
  l.created_at AS "createdAt", l.updated_at AS "updatedAt"`;

function contentParams(content: ListingContent): unknown[] {
  return [
    content.title,
    content.titleEn,
    content.description,
    content.descriptionEn,
    content.tags,
    content.category,
    content.industryDivision,
    content.parkId,
    content.regionCode,
    content.address,
    content.latitude,
    content.longitude,
    content.priceFen,
    content.priceUnit,
    content.visibility,
    JSON.stringify(content.details),
  ];
}

@Injectable()
export class ListingRepository {
  private readonly reads = new SingleFlight<string, ListingRecord | undefined>();

  async insert(
    tx: Db,
    ownerOrganizationId: string,
    listing: { kind: ListingKind; content: ListingContent; createdBy: string | null; externalRef?: string | null },
  ): Promise<ListingRecord> {
    const [{ id }]: [{ id: string }] = await tx.query(
      `INSERT INTO listings (title, title_en, description, description_en, tags, category, industry_division, park_id,
                             region_code, address, latitude, longitude, price_fen, price_unit, visibility, details,
                             owner_organization_id, kind, created_by, external_ref)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       RETURNING id`,
      [
        ...contentParams(listing.content),
        ownerOrganizationId,
        listing.kind,
        listing.createdBy,
        listing.externalRef ?? null,
      ],
    );
    return (await this.findById(tx, id))!;
  }

  async findById(db: Db, id: string, { forUpdate = false } = {}): Promise<ListingRecord | undefined> {
    const read = async () => {
      const rows: ListingRecord[] = await db.query(
        `SELECT ${COLUMNS} FROM listings l WHERE l.id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
        [id],
      );
      return rows[0];
    };
    // Many callers at once for one listing (a burst of requests for it) share a read.
    return forUpdate || !isPool(db) ? read() : this.reads.run(id, read);
  }

  async findMany(db: Db, ids: readonly string[]): Promise<ListingRecord[]> {
    if (ids.length === 0) return [];
    return db.query(`SELECT ${COLUMNS} FROM listings l WHERE l.id = ANY($1::uuid[])`, [ids]);
  }

  async publishedIds(db: Db): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM listings WHERE status = 'published' ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Which of these listings are published, each held (`FOR SHARE`) until the transaction
   * ends: a status change waits for it, and the change's event comes after what it wrote.
   */
  async holdPublished(tx: Db, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await tx.query(
      `SELECT id FROM listings WHERE id = ANY($1::uuid[]) AND status = 'published' ORDER BY id FOR SHARE`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async findByExternalRef(
    db: Db,
    ownerOrganizationId: string,
    externalRef: string,
  ): Promise<ListingRecord | undefined> {
    const rows: ListingRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM listings l WHERE l.owner_organization_id = $1 AND l.external_ref = $2`,
      [ownerOrganizationId, externalRef],
    );
    return rows[0];
  }

  /** Replaces the content of a listing its owner holds, if the version still matches. */
  async replaceContent(
    tx: Db,
    ownerOrganizationId: string,
    id: string,
    content: ListingContent,
    expectedVersion: number,
  ): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE listings SET title = $1, title_en = $2, description = $3, description_en = $4, tags = $5, category = $6,
              industry_division = $7, park_id = $8, region_code = $9, address = $10, latitude = $11, longitude = $12,
              price_fen = $13, price_unit = $14, visibility = $15, details = $16,
              version = version + 1, updated_at = now()
        WHERE id = $17 AND owner_organization_id = $18 AND version = $19
        RETURNING id`,
      [...contentParams(content), id, ownerOrganizationId, expectedVersion],
    );
    return rows.length === 1;
  }

  async setStatus(
    tx: Db,
    id: string,
    status: ListingStatus,
    reason: string | null,
    { published = false }: { published?: boolean } = {},
  ): Promise<void> {
    await tx.query(
      `UPDATE listings SET status = $2, status_reason = $3, version = version + 1, updated_at = now(),
              published_at = CASE WHEN $4 THEN now() ELSE published_at END
        WHERE id = $1`,
      [id, status, reason, published],
    );
  }

  async bumpVersion(tx: Db, ownerOrganizationId: string, id: string, expectedVersion: number): Promise<boolean> {
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE listings SET version = version + 1, updated_at = now()
        WHERE id = $1 AND owner_organization_id = $2 AND version = $3 RETURNING id`,
      [id, ownerOrganizationId, expectedVersion],
    );
    return rows.length === 1;
  }

  async replacePendingRevision(tx: Db, listingId: string, content: ListingContent, userId: string): Promise<void> {
    await tx.query(`UPDATE listing_revisions SET status = 'superseded' WHERE listing_id = $1 AND status = 'pending'`, [
      listingId,
    ]);
    await tx.query(
      `INSERT INTO listing_revisions (listing_id, status, content, submitted_by) VALUES ($1, 'pending', $2, $3)`,
      [listingId, JSON.stringify(content), userId],
    );
  }

  async supersedePendingRevision(tx: Db, listingId: string): Promise<void> {
    await tx.query(`UPDATE listing_revisions SET status = 'superseded' WHERE listing_id = $1 AND status = 'pending'`, [
      listingId,
    ]);
  }

  async pendingRevision(db: Db, listingId: string): Promise<RevisionRecord | undefined> {
    const rows: RevisionRecord[] = await db.query(
      `SELECT id, listing_id AS "listingId", status, content, reason, created_at AS "createdAt"
         FROM listing_revisions WHERE listing_id = $1 AND status = 'pending'`,
      [listingId],
    );
    return rows[0];
  }

  /** The pending revision of each of these listings that has one, by listing id. */
  async pendingRevisions(db: Db, listingIds: string[]): Promise<Map<string, RevisionRecord>> {
    if (listingIds.length === 0) return new Map();
    const rows: RevisionRecord[] = await db.query(
      `SELECT id, listing_id AS "listingId", status, content, reason, created_at AS "createdAt"
         FROM listing_revisions WHERE listing_id = ANY($1::uuid[]) AND status = 'pending'`,
      [listingIds],
    );
    return new Map(rows.map((r) => [r.listingId, r]));
  }

  async decideRevision(
    tx: Db,
    revisionId: string,
    status: 'approved' | 'rejected',
    reason: string | null,
    userId: string,
  ) {
    await tx.query(
      `UPDATE listing_revisions SET status = $2, reason = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
      [revisionId, status, reason, userId],
    );
  }

  /** Applies an approved revision's content (moderation, not the owner: no version check). */
  async applyContent(tx: Db, id: string, content: ListingContent): Promise<void> {
    await tx.query(
      `UPDATE listings SET title = $1, title_en = $2, description = $3, description_en = $4, tags = $5, category = $6,
              industry_division = $7, park_id = $8, region_code = $9, address = $10, latitude = $11, longitude = $12,
              price_fen = $13, price_unit = $14, visibility = $15, details = $16,
              version = version + 1, updated_at = now()
        WHERE id = $17`,
      [...contentParams(content), id],
    );
  }

  async audit(tx: Db, entry: AuditEntry): Promise<void> {
    await tx.query(
      `INSERT INTO listing_audit (listing_id, actor_user_id, action, reason, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        entry.listingId,
        entry.actorUserId,
        entry.action,
        entry.reason ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
      ],
    );
  }

  async auditTrail(db: Db, listingId: string) {
    return db.query<
      Array<{
        id: string;
        action: string;
        reason: string | null;
        before: unknown;
        after: unknown;
        createdAt: Date;
        actorUserId: string | null;
      }>
    >(
      `SELECT a.id::text, a.action, a.reason, a.before, a.after, a.created_at AS "createdAt",
              a.actor_user_id AS "actorUserId"
         FROM listing_audit a WHERE a.listing_id = $1 ORDER BY a.id`,
      [listingId],
    );
  }

  async addReport(
    tx: Db,
    listingId: string,
    reporterUserId: string,
    reason: string,
  ): Promise<{ id: string; createdAt: Date }> {
    const rows: Array<{ id: string; createdAt: Date }> = await tx.query(
      `INSERT INTO listing_reports (listing_id, reporter_user_id, reason) VALUES ($1, $2, $3) RETURNING id, created_at AS "createdAt"`,
      [listingId, reporterUserId, reason],
    );
    return rows[0];
  }

  async resolveReports(tx: Db, listingId: string, userId: string): Promise<void> {
    await tx.query(
      `UPDATE listing_reports SET status = 'resolved', resolved_by = $2, resolved_at = now() WHERE listing_id = $1 AND status = 'open'`,
      [listingId, userId],
    );
  }

  /**
   * The moderation queue over the given owners' listings (`null`: every owner, for
   * platform admins): listings awaiting review, with a pending revision, or reported.
   */
  async moderationQueue(
    db: Db,
    ownerOrganizationIds: readonly string[] | null,
    filter: { status?: ListingStatus | 'reported' | 'revision'; limit: number },
  ) {
    return db.query<Array<ListingRecord & { openReports: number; pendingRevision: boolean }>>(
      `SELECT ${COLUMNS},
              (SELECT count(*)::int FROM listing_reports r WHERE r.listing_id = l.id AND r.status = 'open') AS "openReports",
              EXISTS (SELECT 1 FROM listing_revisions v WHERE v.listing_id = l.id AND v.status = 'pending') AS "pendingRevision"
         FROM listings l
        WHERE ($1::uuid[] IS NULL OR l.owner_organization_id = ANY($1::uuid[]))
          AND CASE $2::text
                WHEN 'reported' THEN EXISTS (SELECT 1 FROM listing_reports r WHERE r.listing_id = l.id AND r.status = 'open')
                WHEN 'revision' THEN EXISTS (SELECT 1 FROM listing_revisions v WHERE v.listing_id = l.id AND v.status = 'pending')
                WHEN '' THEN l.status = 'pending_review'
                  OR EXISTS (SELECT 1 FROM listing_revisions v WHERE v.listing_id = l.id AND v.status = 'pending')
                  OR EXISTS (SELECT 1 FROM listing_reports r WHERE r.listing_id = l.id AND r.status = 'open')
                ELSE l.status = $2::text
              END
        ORDER BY l.updated_at
        LIMIT $3`,
      [ownerOrganizationIds, filter.status ?? '', filter.limit],
    );
  }

  /** An owner's own listings, every status. */
  async ownedBy(db: Db, ownerOrganizationId: string): Promise<ListingRecord[]> {
    return db.query(`SELECT ${COLUMNS} FROM listings l WHERE l.owner_organization_id = $1 ORDER BY l.created_at DESC`, [
      ownerOrganizationId,
    ]);
  }
}
