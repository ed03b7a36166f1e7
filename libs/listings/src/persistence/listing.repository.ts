import { Injectable } from '@nestjs/common';
import { type Db, isPool, SingleFlight } from '@rongtong/platform';
import type { ListingContent, ListingKind, ListingStatus } from '../domain';
import { ListingEntity } from './entities';

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

/** A listings row as a `ListingRecord`: every read of listings selects these. */
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

/**
 * `listings`, the aggregate's root table. Its revisions, audit trail and reports have
 * repositories of their own. Reads select `COLUMNS` in SQL (the price as a float, the row
 * as the record); plain updates go through TypeORM's repository.
 */
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

  /**
   * Inserts many listings in one statement (an import's batch); answers each new id with
   * the reference it was inserted under, so callers match them by reference, not order.
   */
  async insertMany(
    tx: Db,
    ownerOrganizationId: string,
    listings: ReadonlyArray<{
      kind: ListingKind;
      content: ListingContent;
      createdBy: string | null;
      externalRef: string;
    }>,
  ): Promise<Array<{ id: string; externalRef: string }>> {
    if (listings.length === 0) return [];
    const params: unknown[] = [];
    const rows = listings.map((listing) => {
      const values = [
        ...contentParams(listing.content),
        ownerOrganizationId,
        listing.kind,
        listing.createdBy,
        listing.externalRef,
      ];
      const first = params.length;
      params.push(...values);
      return `(${values.map((_, i) => `$${first + i + 1}`).join(', ')})`;
    });
    return tx.query(
      `INSERT INTO listings (title, title_en, description, description_en, tags, category, industry_division, park_id,
                             region_code, address, latitude, longitude, price_fen, price_unit, visibility, details,
                             owner_organization_id, kind, created_by, external_ref)
       VALUES ${rows.join(',\n              ')}
       RETURNING id, external_ref AS "externalRef"`,
      params,
    );
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
    return db.query<ListingRecord[]>(`SELECT ${COLUMNS} FROM listings l WHERE l.id = ANY($1::uuid[])`, [ids]);
  }

  /** The published listings of these owners, by id. */
  async publishedIdsOfOwners(db: Db, ownerOrganizationIds: readonly string[]): Promise<string[]> {
    if (ownerOrganizationIds.length === 0) return [];
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM listings WHERE owner_organization_id = ANY($1::uuid[]) AND status = 'published' ORDER BY id`,
      [ownerOrganizationIds],
    );
    return rows.map((r) => r.id);
  }

  async publishedIds(db: Db): Promise<string[]> {
    const rows = await db
      .getRepository(ListingEntity)
      .find({ select: { id: true }, where: { status: 'published' }, order: { id: 'ASC' } });
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

  /** The owner's listings with these references, in one read (an import's batch). */
  async findByExternalRefs(
    db: Db,
    ownerOrganizationId: string,
    externalRefs: readonly string[],
  ): Promise<ListingRecord[]> {
    if (externalRefs.length === 0) return [];
    return db.query<ListingRecord[]>(
      `SELECT ${COLUMNS} FROM listings l WHERE l.owner_organization_id = $1 AND l.external_ref = ANY($2::text[])`,
      [ownerOrganizationId, externalRefs],
    );
  }

  /** These listings, each locked (`FOR UPDATE`, in id order) until the transaction ends. */
  async lockMany(tx: Db, ids: readonly string[]): Promise<ListingRecord[]> {
    if (ids.length === 0) return [];
    return tx.query<ListingRecord[]>(
      `SELECT ${COLUMNS} FROM listings l WHERE l.id = ANY($1::uuid[]) ORDER BY l.id FOR UPDATE`,
      [ids],
    );
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
    await tx.getRepository(ListingEntity).update(id, {
      status,
      statusReason: reason,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
      ...(published ? { publishedAt: () => 'now()' } : {}),
    });
  }

  async bumpVersion(tx: Db, ownerOrganizationId: string, id: string, expectedVersion: number): Promise<boolean> {
    const result = await tx
      .getRepository(ListingEntity)
      .update(
        { id, ownerOrganizationId, version: expectedVersion },
        { version: () => 'version + 1', updatedAt: () => 'now()' },
      );
    return result.affected === 1;
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
    return db.query<ListingRecord[]>(
      `SELECT ${COLUMNS} FROM listings l WHERE l.owner_organization_id = $1 ORDER BY l.created_at DESC`,
      [ownerOrganizationId],
    );
  }
}
