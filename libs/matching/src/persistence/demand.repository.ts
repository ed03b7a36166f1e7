import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { DemandContent, DemandKind, DemandStatus } from '../domain';

/** A stored demand: its content and where it stands. */
export type DemandRecord = DemandContent & {
  id: string;
  organizationId: string;
  createdBy: string;
  status: DemandStatus;
  statusReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
};

export interface DemandListFilter {
  status?: DemandStatus;
  kind?: DemandKind;
  limit: number;
  offset: number;
}

const COLUMNS = `
  d.id, d.organization_id AS "organizationId", d.created_by AS "createdBy", d.kind, d.title, d.description,
  d.category, d.region_code AS "regionCode", d.location_preference AS "locationPreference", d.certifications,
  d.budget_fen AS "budgetFen", to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.visibility, d.details,
  d.status, d.status_reason AS "statusReason", d.version,
  d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.closed_at AS "closedAt"`;

/** A row as pg returns it: bigint comes back as a string. */
type DemandRow = Omit<DemandRecord, 'budgetFen'> & { budgetFen: string | number | null };

/** A budget is a safe integer of fen. */
function toRecord(row: DemandRow): DemandRecord {
  return { ...row, budgetFen: row.budgetFen === null ? null : Number(row.budgetFen) } as DemandRecord;
}

function contentParams(content: DemandContent): unknown[] {
  return [
    content.title,
    content.description,
    content.category,
    content.regionCode,
    content.locationPreference,
    content.certifications,
    content.budgetFen,
    content.deadline,
    content.visibility,
    JSON.stringify(content.details),
  ];
}

/** Statuses a demand ends in: it is closed from then on. */
const FINAL = `('fulfilled', 'closed', 'expired')`;

/**
 * Demands. A query on a user's behalf names the organizations the user acts for: the
 * tenancy is in the signature. `findById` and the sweeps are for the system (matcher, jobs).
 */
@Injectable()
export class DemandRepository {
  async insert(
    tx: Db,
    demand: { organizationId: string; createdBy: string; content: DemandContent },
  ): Promise<DemandRecord> {
    const [row]: DemandRow[] = await tx.query(
      `INSERT INTO demands AS d (organization_id, created_by, kind, title, description, category, region_code,
                                 location_preference, certifications, budget_fen, deadline, visibility, details)
       VALUES ($11, $12, $13, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING ${COLUMNS}`,
      [...contentParams(demand.content), demand.organizationId, demand.createdBy, demand.content.kind],
    );
    return toRecord(row);
  }

  async findById(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<DemandRecord | undefined> {
    const rows: DemandRow[] = await db.query(
      `SELECT ${COLUMNS} FROM demands d WHERE d.id = $1 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] && toRecord(rows[0]);
  }

  /** A demand of one of the given organizations (the caller's), or nothing. */
  async findOwned(
    db: Db,
    organizationIds: readonly string[],
    id: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<DemandRecord | undefined> {
    const rows: DemandRow[] = await db.query(
      `SELECT ${COLUMNS} FROM demands d WHERE d.id = $1 AND d.organization_id = ANY($2::uuid[])
       ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [id, organizationIds],
    );
    return rows[0] && toRecord(rows[0]);
  }

  /** Replaces the content if the version still matches; undefined when it does not. */
  async replaceContent(
    tx: Db,
    organizationId: string,
    id: string,
    content: DemandContent,
    expectedVersion: number,
  ): Promise<DemandRecord | undefined> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [DemandRow[], number] = await tx.query(
      `UPDATE demands d SET title = $1, description = $2, category = $3, region_code = $4, location_preference = $5,
              certifications = $6, budget_fen = $7, deadline = $8, visibility = $9, details = $10,
              version = version + 1, updated_at = now()
        WHERE d.id = $11 AND d.organization_id = $12 AND d.version = $13
        RETURNING ${COLUMNS}`,
      [...contentParams(content), id, organizationId, expectedVersion],
    );
    return rows[0] && toRecord(rows[0]);
  }

  /** Moves the demand to `status` if it is in one of `from`; undefined when it is not (any more). */
  async setStatus(
    tx: Db,
    organizationId: string,
    id: string,
    change: { status: DemandStatus; from: readonly DemandStatus[]; reason?: string | null },
  ): Promise<DemandRecord | undefined> {
    const [rows]: [DemandRow[], number] = await tx.query(
      `UPDATE demands d SET status = $3, status_reason = COALESCE($5, status_reason),
              closed_at = CASE WHEN $3 IN ${FINAL} THEN now() ELSE closed_at END,
              version = version + 1, updated_at = now()
        WHERE d.id = $1 AND d.organization_id = $2 AND d.status = ANY($4::text[])
        RETURNING ${COLUMNS}`,
      [id, organizationId, change.status, change.from, change.reason ?? null],
    );
    return rows[0] && toRecord(rows[0]);
  }

  /** For the matcher: `open → matched` once its first match lands. True when it moved. */
  async markMatched(tx: Db, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE demands SET status = 'matched', version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'open' RETURNING id`,
      [id],
    );
    return rows.length === 1;
  }

  /**
   * The demands of the given organizations (the caller's), newest first. The organization
   * ids are the tenancy: callers pass the caller's own memberships.
   */
  async listForOrganizations(
    db: Db,
    organizationIds: readonly string[],
    filter: DemandListFilter,
  ): Promise<{ items: DemandRecord[]; total: number }> {
    const rows: (DemandRow & { total: string })[] = await db.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM demands d
       WHERE d.organization_id = ANY($1::uuid[])
         AND ($2::text IS NULL OR d.status = $2) AND ($3::text IS NULL OR d.kind = $3)
       ORDER BY d.created_at DESC, d.id
       LIMIT $4 OFFSET $5`,
      [organizationIds, filter.status ?? null, filter.kind ?? null, filter.limit, filter.offset],
    );
    return {
      items: rows.map(({ total: _, ...row }) => toRecord(row)),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /** For the maintenance job: demands still wanted whose deadline (a China date) is before `today`. */
  async expirePastDeadline(
    tx: Db,
    today: string,
    limit: number,
  ): Promise<{ demand: DemandRecord; previousStatus: DemandStatus }[]> {
    const [rows]: [(DemandRow & { previousStatus: DemandStatus })[], number] = await tx.query(
      `WITH due AS (
         SELECT id, status FROM demands WHERE status IN ('open', 'matched') AND deadline < $1::date
          ORDER BY deadline LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE demands d SET status = 'expired', status_reason = 'deadline passed', closed_at = now(),
              version = version + 1, updated_at = now()
         FROM due WHERE d.id = due.id
       RETURNING ${COLUMNS}, due.status AS "previousStatus"`,
      [today, limit],
    );
    return rows.map(({ previousStatus, ...row }) => ({ demand: toRecord(row), previousStatus }));
  }

  /** The demand a deal was opened from (through one of its matches), if any. */
  async findByDeal(db: Db, dealId: string, options: { forUpdate?: boolean } = {}): Promise<DemandRecord | undefined> {
    const rows: DemandRow[] = await db.query(
      `SELECT ${COLUMNS} FROM demands d
        WHERE d.id = (SELECT demand_id FROM demand_matches WHERE deal_id = $1 LIMIT 1)
        ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [dealId],
    );
    return rows[0] && toRecord(rows[0]);
  }

  /**
   * For the reverse matcher: demands still wanted (open or matched, deadline and window
   * not past) that a new or changed listing could fit, newest first, at most `limit`:
   * of its kind, in its category or none, of other organizations, whose location
   * preference the listing's place satisfies (`parkMemberIds`: the organizations in the
   * provider's parks).
   */
  async openForListing(
    db: Db,
    listing: {
      kind: DemandKind;
      categorySlug: string;
      regionCode: string;
      providerOrganizationId: string;
      parkMemberIds: readonly string[];
    },
    today: string,
    limit: number,
    /** Demands to weigh whatever the filters say (those the listing is proposed to), first. */
    alsoIds: readonly string[] = [],
  ): Promise<DemandRecord[]> {
    // A demand without a region of its own is placed by its organization's (the ranking
    // knows it): such demands pass the place filter here and are weighed there.
    const rows: DemandRow[] = await db.query(
      `SELECT ${COLUMNS} FROM demands d
        WHERE d.status IN ('open', 'matched')
          AND d.organization_id <> $4
          AND (d.deadline IS NULL OR d.deadline >= $6::date)
          AND (d.details->>'to' IS NULL OR (d.details->>'to')::date >= $6::date)
          AND (d.id = ANY($8::uuid[]) OR (
                d.kind = $1 AND (d.category IS NULL OR d.category = $2)
                AND CASE d.location_preference
                      WHEN 'same_province' THEN d.region_code IS NULL OR left(d.region_code, 2) = left($3, 2)
                      WHEN 'same_city' THEN d.region_code IS NULL OR left(d.region_code, 4) = left($3, 4)
                      WHEN 'same_park' THEN d.organization_id = ANY($5::uuid[])
                      ELSE true
                    END))
        ORDER BY d.id = ANY($8::uuid[]) DESC, d.created_at DESC, d.id
        LIMIT $7`,
      [
        listing.kind,
        listing.categorySlug,
        listing.regionCode,
        listing.providerOrganizationId,
        listing.parkMemberIds,
        today,
        limit,
        alsoIds,
      ],
    );
    return rows.map(toRecord);
  }
}
