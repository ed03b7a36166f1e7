import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { PriceBreak, QuoteContent, QuoteStatus, RfqContent, RfqStatus } from '../domain';

/** A stored RFQ: the buyer's content and where it stands. */
export type RfqRecord = RfqContent & {
  id: string;
  organizationId: string;
  createdBy: string;
  parkIds: string[];
  status: RfqStatus;
  statusReason: string | null;
  takenDownAt: Date | null;
  takenDownReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
};

/** Who may quote: the enterprises a caller acts for and the parks they belong to. */
export interface SupplierScope {
  organizationIds: string[];
  parkIds: string[];
}

export interface BoardFilter {
  status?: RfqStatus;
  category?: string;
  regionPrefix?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** A park's RFQs by effective status, or the taken-down ones. */
export interface ParkRfqFilter {
  status?: RfqStatus | 'taken_down';
  q?: string;
  limit: number;
  offset: number;
}

const COLUMNS = `
  r.id, r.organization_id AS "organizationId", r.created_by AS "createdBy", r.title, r.description, r.category,
  r.process, r.materials, r.quantity, r.unit, to_char(r.delivery_date, 'YYYY-MM-DD') AS "deliveryDate",
  r.delivery_region_code AS "deliveryRegionCode", r.certifications, r.target_unit_price_fen AS "targetUnitPriceFen",
  r.show_target AS "showTarget", r.quote_deadline AS "quoteDeadline", r.visibility, r.park_ids AS "parkIds",
  r.nda_text AS "ndaText", r.status, r.status_reason AS "statusReason", r.taken_down_at AS "takenDownAt",
  r.taken_down_reason AS "takenDownReason", r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt",
  r.closed_at AS "closedAt"`;

type RfqRow = Omit<RfqRecord, 'targetUnitPriceFen'> & { targetUnitPriceFen: string | number | null };

function toRfq(row: RfqRow): RfqRecord {
  return {
    ...row,
    targetUnitPriceFen: row.targetUnitPriceFen === null ? null : Number(row.targetUnitPriceFen),
  };
}

function contentParams(c: RfqContent): unknown[] {
  return [
    c.title,
    c.description,
    c.category,
    c.process,
    c.materials,
    c.quantity,
    c.unit,
    c.deliveryDate,
    c.deliveryRegionCode,
    c.certifications,
    c.targetUnitPriceFen,
    c.showTarget,
    c.quoteDeadline,
    c.visibility,
    c.ndaText,
  ];
}

/**
 * The RFQs a supplier scope may see and quote: published (not draft), not taken down, not
 * its own, and public, of a park it shares with the buyer, or inviting it. $1 organizations,
 * $2 parks.
 */
const ELIGIBLE = `
  r.status <> 'draft' AND r.taken_down_at IS NULL AND NOT (r.organization_id = ANY($1::uuid[]))
  AND (r.visibility = 'public'
       OR (r.visibility = 'park_members' AND r.park_ids && $2::uuid[])
       OR (r.visibility = 'invited' AND EXISTS (
             SELECT 1 FROM rfq_invitations i WHERE i.rfq_id = r.id AND i.organization_id = ANY($1::uuid[]))))`;

export interface QuoteRecord extends QuoteContent {
  id: string;
  rfqId: string;
  organizationId: string;
  submittedBy: string;
  status: QuoteStatus;
  revision: number;
  awardedQuantity: number | null;
  dealId: string | null;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
}

const QUOTE_COLUMNS = `
  q.id, q.rfq_id AS "rfqId", q.organization_id AS "organizationId", q.submitted_by AS "submittedBy",
  q.price_breaks AS "priceBreaks", q.lead_time_days AS "leadTimeDays",
  to_char(q.valid_until, 'YYYY-MM-DD') AS "validUntil", q.notes, q.status, q.revision,
  q.awarded_quantity AS "awardedQuantity", q.deal_id AS "dealId", q.created_at AS "createdAt",
  q.updated_at AS "updatedAt", q.withdrawn_at AS "withdrawnAt"`;

export interface QuestionRecord {
  id: string;
  rfqId: string;
  organizationId: string;
  askedBy: string;
  question: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  createdAt: Date;
}

const QUESTION_COLUMNS = `
  id, rfq_id AS "rfqId", organization_id AS "organizationId", asked_by AS "askedBy", question, answer,
  answered_by AS "answeredBy", answered_at AS "answeredAt", created_at AS "createdAt"`;

export interface NdaAcceptanceRecord {
  id: string;
  rfqId: string;
  organizationId: string;
  userId: string;
  ndaSha256: string;
  acceptedAt: Date;
}

/**
 * RFQs with their invitations, NDA acceptances, questions and quotes. Reads on a
 * supplier's behalf name the supplier's scope; the buyer's, the buyer's organizations.
 */
@Injectable()
export class RfqRepository {
  async insert(
    tx: Db,
    rfq: { organizationId: string; createdBy: string; parkIds: string[]; status: RfqStatus; content: RfqContent },
  ): Promise<RfqRecord> {
    const [row]: RfqRow[] = await tx.query(
      `INSERT INTO rfqs AS r (title, description, category, process, materials, quantity, unit, delivery_date,
                              delivery_region_code, certifications, target_unit_price_fen, show_target,
                              quote_deadline, visibility, nda_text, organization_id, created_by, park_ids, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       RETURNING ${COLUMNS}`,
      [...contentParams(rfq.content), rfq.organizationId, rfq.createdBy, rfq.parkIds, rfq.status],
    );
    return toRfq(row);
  }

  /** Any RFQ, for the system and for the access checks that follow (buyer, supplier, moderator). */
  async findById(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<RfqRecord | undefined> {
    const rows: RfqRow[] = await db.query(
      `SELECT ${COLUMNS} FROM rfqs r WHERE r.id = $1 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] && toRfq(rows[0]);
  }

  /** Whether the scope may see (and quote on) this RFQ. */
  async isEligible(db: Db, scope: SupplierScope, id: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM rfqs r WHERE r.id = $3 AND ${ELIGIBLE}`, [
      scope.organizationIds,
      scope.parkIds,
      id,
    ]);
    return rows.length > 0;
  }

  async board(db: Db, scope: SupplierScope, filter: BoardFilter): Promise<{ items: RfqRecord[]; total: number }> {
    const params: unknown[] = [scope.organizationIds, scope.parkIds];
    const where = [ELIGIBLE];
    if (filter.status === 'open') {
      where.push(`r.status = 'open' AND r.quote_deadline > now()`);
    } else if (filter.status === 'closed') {
      where.push(`(r.status = 'closed' OR (r.status = 'open' AND r.quote_deadline <= now()))`);
    } else if (filter.status) {
      params.push(filter.status);
      where.push(`r.status = $${params.length}`);
    }
    if (filter.category) {
      params.push(filter.category);
      where.push(`r.category = $${params.length}`);
    }
    if (filter.regionPrefix) {
      params.push(`${filter.regionPrefix}%`);
      where.push(`r.delivery_region_code LIKE $${params.length}`);
    }
    if (filter.q) {
      params.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(
        `(r.title ILIKE $${params.length} OR r.description ILIKE $${params.length} OR r.process ILIKE $${params.length})`,
      );
    }
    return this.page(db, where, params, filter, 'r.quote_deadline ASC, r.id');
  }

  /** The RFQs of the buyer's organizations, newest first. */
  async ofBuyer(
    db: Db,
    organizationIds: readonly string[],
    filter: BoardFilter,
  ): Promise<{ items: RfqRecord[]; total: number }> {
    const params: unknown[] = [organizationIds];
    const where = ['r.organization_id = ANY($1::uuid[])'];
    if (filter.status) {
      params.push(filter.status);
      where.push(`r.status = $${params.length}`);
    }
    return this.page(db, where, params, filter, 'r.created_at DESC, r.id');
  }

  /**
   * The RFQs of one park: those whose buyer was of the park when it posted them (the park
   * ids an RFQ carries, which also decide who moderates it), newest first. The status is
   * the effective one (open past its deadline counts as closed); taken-down RFQs show only
   * under `taken_down`.
   */
  async ofPark(db: Db, parkId: string, filter: ParkRfqFilter): Promise<{ items: RfqRecord[]; total: number }> {
    const params: unknown[] = [[parkId]];
    const where = ['r.park_ids @> $1::uuid[]'];
    if (filter.status === 'taken_down') {
      where.push('r.taken_down_at IS NOT NULL');
    } else if (filter.status) {
      where.push('r.taken_down_at IS NULL');
      if (filter.status === 'open') {
        where.push(`r.status = 'open' AND r.quote_deadline > now()`);
      } else if (filter.status === 'closed') {
        where.push(`(r.status = 'closed' OR (r.status = 'open' AND r.quote_deadline <= now()))`);
      } else {
        params.push(filter.status);
        where.push(`r.status = $${params.length}`);
      }
    }
    if (filter.q) {
      params.push(`%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(r.title ILIKE $${params.length} OR r.description ILIKE $${params.length})`);
    }
    return this.page(db, where, params, filter, 'r.created_at DESC, r.id');
  }

  private async page(
    db: Db,
    where: string[],
    params: unknown[],
    filter: { limit: number; offset: number },
    order: string,
  ) {
    const rows: (RfqRow & { total: string })[] = await db.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM rfqs r WHERE ${where.join(' AND ')}
       ORDER BY ${order} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { items: rows.map(toRfq), total: rows.length > 0 ? Number(rows[0].total) : 0 };
  }

  async replaceContent(tx: Db, id: string, content: RfqContent): Promise<RfqRecord> {
    const [rows]: [RfqRow[], number] = await tx.query(
      `UPDATE rfqs r SET title = $1, description = $2, category = $3, process = $4, materials = $5, quantity = $6,
              unit = $7, delivery_date = $8, delivery_region_code = $9, certifications = $10,
              target_unit_price_fen = $11, show_target = $12, quote_deadline = $13, visibility = $14, nda_text = $15,
              version = version + 1, updated_at = now()
        WHERE r.id = $16 RETURNING ${COLUMNS}`,
      [...contentParams(content), id],
    );
    return toRfq(rows[0]);
  }

  async changeStatus(tx: Db, id: string, status: RfqStatus, reason: string | null): Promise<RfqRecord> {
    const [rows]: [RfqRow[], number] = await tx.query(
      `UPDATE rfqs r SET status = $2, status_reason = COALESCE($3, status_reason), version = version + 1,
              updated_at = now(),
              closed_at = CASE WHEN $2 IN ('closed', 'awarded', 'cancelled') THEN COALESCE(closed_at, now()) END
        WHERE r.id = $1 RETURNING ${COLUMNS}`,
      [id, status, reason],
    );
    return toRfq(rows[0]);
  }

  async takeDown(tx: Db, id: string, reason: string): Promise<RfqRecord> {
    const [rows]: [RfqRow[], number] = await tx.query(
      `UPDATE rfqs r SET taken_down_at = now(), taken_down_reason = $2, version = version + 1, updated_at = now()
        WHERE r.id = $1 RETURNING ${COLUMNS}`,
      [id, reason],
    );
    return toRfq(rows[0]);
  }

  async reinstate(tx: Db, id: string): Promise<RfqRecord> {
    const [rows]: [RfqRow[], number] = await tx.query(
      `UPDATE rfqs r SET taken_down_at = NULL, taken_down_reason = NULL, version = version + 1, updated_at = now()
        WHERE r.id = $1 RETURNING ${COLUMNS}`,
      [id],
    );
    return toRfq(rows[0]);
  }

  /** A line of the RFQ's audit trail: its moderation, and the buyer's edits. */
  async audit(
    tx: Db,
    entry: {
      rfqId: string;
      actorUserId: string | null;
      action: 'edit' | 'take_down' | 'reinstate';
      reason?: string | null;
      details?: Record<string, unknown>;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO rfq_audit (rfq_id, actor_user_id, action, reason, details) VALUES ($1, $2, $3, $4, $5)`,
      [entry.rfqId, entry.actorUserId, entry.action, entry.reason ?? null, JSON.stringify(entry.details ?? {})],
    );
  }

  /** A page of the RFQ's audit trail, newest first, with the number of lines over all pages. */
  async auditTrail(db: Db, rfqId: string, page: { limit: number; offset: number }) {
    const rows: {
      id: string;
      action: string;
      actorUserId: string | null;
      reason: string | null;
      details: Record<string, unknown>;
      createdAt: Date;
      total: string;
    }[] = await db.query(
      `SELECT id::text AS id, action, actor_user_id AS "actorUserId", reason, details, created_at AS "createdAt",
              count(*) OVER () AS total
         FROM rfq_audit WHERE rfq_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
      [rfqId, page.limit, page.offset],
    );
    let total = rows.length > 0 ? Number(rows[0].total) : 0;
    if (rows.length === 0 && page.offset > 0) {
      const [{ count }]: { count: string }[] = await db.query(
        `SELECT count(*)::text AS count FROM rfq_audit WHERE rfq_id = $1`,
        [rfqId],
      );
      total = Number(count);
    }
    return { items: rows.map(({ total: _total, ...row }) => row), total };
  }

  // Invitations

  /** Invites the organizations not yet invited; returns the ones newly invited. */
  async invite(tx: Db, rfqId: string, organizationIds: readonly string[], invitedBy: string): Promise<string[]> {
    const rows: { organizationId: string }[] = await tx.query(
      `INSERT INTO rfq_invitations (rfq_id, organization_id, invited_by)
       SELECT $1, o, $3 FROM unnest($2::uuid[]) AS o
       ON CONFLICT DO NOTHING RETURNING organization_id AS "organizationId"`,
      [rfqId, organizationIds, invitedBy],
    );
    return rows.map((r) => r.organizationId);
  }

  /** The suppliers that showed interest in an RFQ: invited, asked, accepted its NDA or quoted (not withdrawn). */
  async interestedSuppliers(db: Db, rfqId: string): Promise<string[]> {
    const rows: { organizationId: string }[] = await db.query(
      `SELECT organization_id AS "organizationId" FROM rfq_invitations WHERE rfq_id = $1
       UNION SELECT organization_id FROM rfq_questions WHERE rfq_id = $1
       UNION SELECT organization_id FROM rfq_nda_acceptances WHERE rfq_id = $1
       UNION SELECT organization_id FROM rfq_quotes WHERE rfq_id = $1 AND status <> 'withdrawn'`,
      [rfqId],
    );
    return rows.map((r) => r.organizationId).sort();
  }

  /** The suppliers with a live quote on an RFQ: those a change of it may outdate. */
  async quotingSuppliers(db: Db, rfqId: string): Promise<string[]> {
    const rows: { organizationId: string }[] = await db.query(
      `SELECT DISTINCT organization_id AS "organizationId" FROM rfq_quotes WHERE rfq_id = $1 AND status = 'live'
        ORDER BY 1`,
      [rfqId],
    );
    return rows.map((r) => r.organizationId);
  }

  async invitedIds(db: Db, rfqId: string): Promise<string[]> {
    const rows: { organizationId: string }[] = await db.query(
      `SELECT organization_id AS "organizationId" FROM rfq_invitations WHERE rfq_id = $1 ORDER BY created_at`,
      [rfqId],
    );
    return rows.map((r) => r.organizationId);
  }

  // NDA

  async acceptNda(
    tx: Db,
    a: { rfqId: string; organizationId: string; userId: string; ndaText: string; ndaSha256: string },
  ): Promise<NdaAcceptanceRecord> {
    await tx.query(
      `INSERT INTO rfq_nda_acceptances (rfq_id, organization_id, user_id, nda_text, nda_sha256)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT rfq_nda_acceptances_once DO NOTHING`,
      [a.rfqId, a.organizationId, a.userId, a.ndaText, a.ndaSha256],
    );
    return (await this.ndaAcceptance(tx, a.rfqId, a.organizationId, a.ndaSha256))!;
  }

  async ndaAcceptance(
    db: Db,
    rfqId: string,
    organizationId: string,
    ndaSha256: string,
  ): Promise<NdaAcceptanceRecord | undefined> {
    const rows: NdaAcceptanceRecord[] = await db.query(
      `SELECT id, rfq_id AS "rfqId", organization_id AS "organizationId", user_id AS "userId",
              nda_sha256 AS "ndaSha256", accepted_at AS "acceptedAt"
         FROM rfq_nda_acceptances WHERE rfq_id = $1 AND organization_id = $2 AND nda_sha256 = $3`,
      [rfqId, organizationId, ndaSha256],
    );
    return rows[0];
  }

  // Questions

  async ask(
    tx: Db,
    q: { rfqId: string; organizationId: string; askedBy: string; question: string },
  ): Promise<QuestionRecord> {
    const [row]: QuestionRecord[] = await tx.query(
      `INSERT INTO rfq_questions (rfq_id, organization_id, asked_by, question) VALUES ($1, $2, $3, $4)
       RETURNING ${QUESTION_COLUMNS}`,
      [q.rfqId, q.organizationId, q.askedBy, q.question],
    );
    return row;
  }

  async question(db: Db, rfqId: string, id: string, options: { forUpdate?: boolean } = {}) {
    const rows: QuestionRecord[] = await db.query(
      `SELECT ${QUESTION_COLUMNS} FROM rfq_questions WHERE rfq_id = $1 AND id = $2 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [rfqId, id],
    );
    return rows[0] as QuestionRecord | undefined;
  }

  async answer(tx: Db, id: string, answer: string, answeredBy: string): Promise<QuestionRecord> {
    const [rows]: [QuestionRecord[], number] = await tx.query(
      `UPDATE rfq_questions SET answer = $2, answered_by = $3, answered_at = now() WHERE id = $1
       RETURNING ${QUESTION_COLUMNS}`,
      [id, answer, answeredBy],
    );
    return rows[0];
  }

  async questions(db: Db, rfqId: string): Promise<QuestionRecord[]> {
    return db.query(`SELECT ${QUESTION_COLUMNS} FROM rfq_questions WHERE rfq_id = $1 ORDER BY created_at, id`, [rfqId]);
  }

  // Quotes

  async insertQuote(
    tx: Db,
    q: { rfqId: string; organizationId: string; submittedBy: string; content: QuoteContent },
  ): Promise<QuoteRecord> {
    const [row]: QuoteRecord[] = await tx.query(
      `INSERT INTO rfq_quotes AS q (rfq_id, organization_id, submitted_by, price_breaks, lead_time_days, valid_until, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${QUOTE_COLUMNS}`,
      [
        q.rfqId,
        q.organizationId,
        q.submittedBy,
        JSON.stringify(q.content.priceBreaks),
        q.content.leadTimeDays,
        q.content.validUntil,
        q.content.notes,
      ],
    );
    await this.recordRevision(tx, row, 'submit', q.submittedBy);
    return row;
  }

  async reviseQuote(tx: Db, id: string, content: QuoteContent, userId: string): Promise<QuoteRecord> {
    const [rows]: [QuoteRecord[], number] = await tx.query(
      `UPDATE rfq_quotes q SET price_breaks = $2, lead_time_days = $3, valid_until = $4, notes = $5,
              revision = revision + 1, submitted_by = $6, updated_at = now()
        WHERE q.id = $1 RETURNING ${QUOTE_COLUMNS}`,
      [id, JSON.stringify(content.priceBreaks), content.leadTimeDays, content.validUntil, content.notes, userId],
    );
    await this.recordRevision(tx, rows[0], 'revise', userId);
    return rows[0];
  }

  async withdrawQuote(tx: Db, id: string, userId: string): Promise<QuoteRecord> {
    const [rows]: [QuoteRecord[], number] = await tx.query(
      `UPDATE rfq_quotes q SET status = 'withdrawn', withdrawn_at = now(), revision = revision + 1, updated_at = now()
        WHERE q.id = $1 RETURNING ${QUOTE_COLUMNS}`,
      [id],
    );
    await this.recordRevision(tx, rows[0], 'withdraw', userId);
    return rows[0];
  }

  async decideQuote(
    tx: Db,
    id: string,
    decision: { status: 'awarded' | 'not_awarded'; awardedQuantity: number | null; dealId: string | null },
  ): Promise<void> {
    await tx.query(
      `UPDATE rfq_quotes SET status = $2, awarded_quantity = $3, deal_id = $4, updated_at = now() WHERE id = $1`,
      [id, decision.status, decision.awardedQuantity, decision.dealId],
    );
  }

  private async recordRevision(tx: Db, q: QuoteRecord, action: string, userId: string): Promise<void> {
    await tx.query(
      `INSERT INTO rfq_quote_revisions (quote_id, revision, action, price_breaks, lead_time_days, valid_until, notes, user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [q.id, q.revision, action, JSON.stringify(q.priceBreaks), q.leadTimeDays, q.validUntil, q.notes, userId],
    );
  }

  async quote(db: Db, rfqId: string, id: string, options: { forUpdate?: boolean } = {}) {
    const rows: QuoteRecord[] = await db.query(
      `SELECT ${QUOTE_COLUMNS} FROM rfq_quotes q WHERE q.rfq_id = $1 AND q.id = $2 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [rfqId, id],
    );
    return rows[0] as QuoteRecord | undefined;
  }

  /** The quotes of an RFQ; of some organizations only when they are named (a supplier's own). */
  async quotes(db: Db, rfqId: string, organizationIds?: readonly string[]): Promise<QuoteRecord[]> {
    return db.query(
      `SELECT ${QUOTE_COLUMNS} FROM rfq_quotes q
        WHERE q.rfq_id = $1 AND ($2::uuid[] IS NULL OR q.organization_id = ANY($2::uuid[]))
        ORDER BY q.created_at, q.id`,
      [rfqId, organizationIds ?? null],
    );
  }

  async revisions(db: Db, quoteIds: readonly string[]) {
    const rows: {
      quoteId: string;
      revision: number;
      action: string;
      priceBreaks: PriceBreak[];
      leadTimeDays: number;
      validUntil: string;
      notes: string | null;
      createdAt: Date;
    }[] = await db.query(
      `SELECT quote_id AS "quoteId", revision, action, price_breaks AS "priceBreaks", lead_time_days AS "leadTimeDays",
              to_char(valid_until, 'YYYY-MM-DD') AS "validUntil", notes, created_at AS "createdAt"
         FROM rfq_quote_revisions WHERE quote_id = ANY($1::uuid[]) ORDER BY quote_id, revision`,
      [quoteIds],
    );
    return rows;
  }
}

export interface RfqAttachmentRecord {
  id: string;
  rfqId: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string;
  createdAt: Date;
}

const ATTACHMENT_COLUMNS = `
  id, rfq_id AS "rfqId", storage_key AS "storageKey", file_name AS "fileName", content_type AS "contentType",
  size_bytes AS "sizeBytes", uploaded_by AS "uploadedBy", created_at AS "createdAt"`;

/** An RFQ's drawings and specifications. */
@Injectable()
export class RfqAttachmentRepository {
  async insert(tx: Db, a: Omit<RfqAttachmentRecord, 'id' | 'createdAt'>): Promise<RfqAttachmentRecord> {
    const [row]: RfqAttachmentRecord[] = await tx.query(
      `INSERT INTO rfq_attachments (rfq_id, storage_key, file_name, content_type, size_bytes, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ATTACHMENT_COLUMNS}`,
      [a.rfqId, a.storageKey, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy],
    );
    return row;
  }

  async list(db: Db, rfqId: string): Promise<RfqAttachmentRecord[]> {
    return db.query(`SELECT ${ATTACHMENT_COLUMNS} FROM rfq_attachments WHERE rfq_id = $1 ORDER BY created_at, id`, [
      rfqId,
    ]);
  }

  async find(db: Db, rfqId: string, id: string): Promise<RfqAttachmentRecord | undefined> {
    const rows: RfqAttachmentRecord[] = await db.query(
      `SELECT ${ATTACHMENT_COLUMNS} FROM rfq_attachments WHERE rfq_id = $1 AND id = $2`,
      [rfqId, id],
    );
    return rows[0];
  }
}
