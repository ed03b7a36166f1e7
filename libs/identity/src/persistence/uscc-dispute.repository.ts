import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { Locale, UsccDisputeStatus } from '../domain';

export interface UsccDisputeRecord {
  id: string;
  uscc: string;
  organizationId: string;
  /** The disputed organization's name, as it is now. */
  organizationName: string;
  claimantOrganizationName: string;
  claimantName: string;
  claimantEmail: string;
  claimantPhone: string | null;
  claimantLocale: Locale;
  statement: string;
  licenceFilename: string;
  licenceContentType: string;
  licenceSizeBytes: number;
  licenceSha256: string;
  licenceStorageKey: string;
  status: UsccDisputeStatus;
  decidedBy: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  claimExpiresAt: Date | null;
  claimedByOrganizationId: string | null;
  /** Unconfirmed: until when the link of the confirmation email works. */
  confirmExpiresAt: Date | null;
  confirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewUsccDispute = Pick<
  UsccDisputeRecord,
  | 'uscc'
  | 'organizationId'
  | 'claimantOrganizationName'
  | 'claimantName'
  | 'claimantEmail'
  | 'claimantPhone'
  | 'claimantLocale'
  | 'statement'
  | 'licenceFilename'
  | 'licenceContentType'
  | 'licenceSizeBytes'
  | 'licenceSha256'
  | 'licenceStorageKey'
> & { confirmTokenHash: string; confirmExpiresAt: Date };

export interface UsccDisputeAuditRecord {
  action: 'filed' | 'opened' | 'expired' | 'upheld' | 'dismissed' | 'claimed';
  actorUserId: string | null;
  reason: string | null;
  createdAt: Date;
}

const SELECT = `
  SELECT d.id, d.uscc, d.organization_id AS "organizationId", o.name AS "organizationName",
         d.claimant_organization_name AS "claimantOrganizationName", d.claimant_name AS "claimantName",
         d.claimant_email AS "claimantEmail", d.claimant_phone AS "claimantPhone",
         d.claimant_locale AS "claimantLocale", d.statement,
         d.licence_filename AS "licenceFilename", d.licence_content_type AS "licenceContentType",
         d.licence_size_bytes AS "licenceSizeBytes", d.licence_sha256 AS "licenceSha256",
         d.licence_storage_key AS "licenceStorageKey", d.status, d.decided_by AS "decidedBy",
         d.decision_reason AS "decisionReason", d.decided_at AS "decidedAt",
         d.claim_expires_at AS "claimExpiresAt", d.claimed_by_organization_id AS "claimedByOrganizationId",
         d.confirm_expires_at AS "confirmExpiresAt", d.confirmed_at AS "confirmedAt",
         d.created_at AS "createdAt", d.updated_at AS "updatedAt"
    FROM uscc_disputes d JOIN organizations o ON o.id = d.organization_id`;

/** Who may review: every dispute (platform admins), or those over an organization of these parks. */
export type DisputeScope = { all: true } | { parkIds: readonly string[] };

@Injectable()
export class UsccDisputeRepository {
  async insert(tx: Db, dispute: NewUsccDispute): Promise<UsccDisputeRecord> {
    const [{ id }]: [{ id: string }] = await tx.query(
      `INSERT INTO uscc_disputes (uscc, organization_id, claimant_organization_name, claimant_name, claimant_email,
              claimant_phone, claimant_locale, statement, licence_filename, licence_content_type, licence_size_bytes,
              licence_sha256, licence_storage_key, status, confirm_token_hash, confirm_expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'unconfirmed', $14, $15) RETURNING id`,
      [
        dispute.uscc,
        dispute.organizationId,
        dispute.claimantOrganizationName,
        dispute.claimantName,
        dispute.claimantEmail,
        dispute.claimantPhone,
        dispute.claimantLocale,
        dispute.statement,
        dispute.licenceFilename,
        dispute.licenceContentType,
        dispute.licenceSizeBytes,
        dispute.licenceSha256,
        dispute.licenceStorageKey,
        dispute.confirmTokenHash,
        dispute.confirmExpiresAt,
      ],
    );
    return (await this.findById(tx, id))!;
  }

  async findById(db: Db, id: string, { forUpdate = false } = {}): Promise<UsccDisputeRecord | undefined> {
    const rows: UsccDisputeRecord[] = await db.query(
      `${SELECT} WHERE d.id = $1 ${forUpdate ? 'FOR UPDATE OF d' : ''}`,
      [id],
    );
    return rows[0];
  }

  async findByFollowToken(db: Db, tokenHash: string): Promise<UsccDisputeRecord | undefined> {
    const rows: UsccDisputeRecord[] = await db.query(`${SELECT} WHERE d.follow_token_hash = $1`, [tokenHash]);
    return rows[0];
  }

  /** The dispute whose confirmation email carries this token (confirmed or not), locked. */
  async findByConfirmToken(tx: Db, tokenHash: string): Promise<UsccDisputeRecord | undefined> {
    const rows: UsccDisputeRecord[] = await tx.query(`${SELECT} WHERE d.confirm_token_hash = $1 FOR UPDATE OF d`, [
      tokenHash,
    ]);
    return rows[0];
  }

  /** The claimant proved their address: the dispute opens, with the hash of the token that follows it. */
  async confirm(tx: Db, id: string, followTokenHash: string): Promise<UsccDisputeRecord> {
    await tx.query(
      `UPDATE uscc_disputes SET status = 'open', confirmed_at = now(), follow_token_hash = $2, updated_at = now()
        WHERE id = $1 AND status = 'unconfirmed'`,
      [id, followTokenHash],
    );
    return (await this.findById(tx, id))!;
  }

  /**
   * Unconfirmed disputes past their deadline become `expired`, a batch at a time (oldest
   * first, skipping rows another sweep holds); their licences' storage keys are returned
   * so the files can be deleted.
   */
  async expireUnconfirmed(tx: Db, now: Date, limit: number): Promise<Array<{ id: string; licenceStorageKey: string }>> {
    return tx.query(
      `WITH expired AS (
         UPDATE uscc_disputes SET status = 'expired', updated_at = now()
          WHERE id IN (SELECT id FROM uscc_disputes WHERE status = 'unconfirmed' AND confirm_expires_at <= $1
                        ORDER BY confirm_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, licence_storage_key)
       SELECT id, licence_storage_key AS "licenceStorageKey" FROM expired`,
      [now, limit],
    );
  }

  async openFor(db: Db, uscc: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM uscc_disputes WHERE uscc = $1 AND status = 'open'`, [uscc]);
    return rows.length > 0;
  }

  /** Open disputes against the organization other than `exceptId`. */
  async openAgainst(db: Db, organizationId: string, exceptId: string): Promise<number> {
    const [{ n }]: [{ n: number }] = await db.query(
      `SELECT count(*)::int AS n FROM uscc_disputes WHERE organization_id = $1 AND status = 'open' AND id <> $2`,
      [organizationId, exceptId],
    );
    return n;
  }

  /**
   * The upheld dispute that reserves `uscc` for its claimant's registration, while the
   * reservation runs and nobody has used it; locked, so two sign-ups cannot both spend it.
   */
  async reservationOf(tx: Db, uscc: string, now: Date): Promise<{ id: string; claimTokenHash: string } | undefined> {
    const rows: Array<{ id: string; claimTokenHash: string }> = await tx.query(
      `SELECT id, claim_token_hash AS "claimTokenHash" FROM uscc_disputes
        WHERE uscc = $1 AND status = 'upheld' AND claimed_by_organization_id IS NULL AND claim_expires_at > $2
        ORDER BY decided_at DESC LIMIT 1 FOR UPDATE`,
      [uscc, now],
    );
    return rows[0];
  }

  async markClaimed(tx: Db, id: string, organizationId: string): Promise<void> {
    await tx.query(`UPDATE uscc_disputes SET claimed_by_organization_id = $2, updated_at = now() WHERE id = $1`, [
      id,
      organizationId,
    ]);
  }

  async decide(
    tx: Db,
    id: string,
    decision: {
      status: 'upheld' | 'dismissed';
      decidedBy: string;
      reason: string;
      claimTokenHash: string | null;
      claimExpiresAt: Date | null;
    },
  ): Promise<UsccDisputeRecord> {
    await tx.query(
      `UPDATE uscc_disputes
          SET status = $2, decided_by = $3, decision_reason = $4, decided_at = now(),
              claim_token_hash = $5, claim_expires_at = $6, updated_at = now()
        WHERE id = $1`,
      [id, decision.status, decision.decidedBy, decision.reason, decision.claimTokenHash, decision.claimExpiresAt],
    );
    return (await this.findById(tx, id))!;
  }

  async page(
    db: Db,
    scope: DisputeScope,
    filter: { status?: UsccDisputeStatus; page: number; limit: number },
  ): Promise<{ items: UsccDisputeRecord[]; total: number }> {
    const params: unknown[] = [];
    // Unconfirmed and expired disputes are the claimant's alone: no reviewer lists them.
    const where: string[] = [`d.confirmed_at IS NOT NULL`];
    if (!('all' in scope)) {
      params.push(scope.parkIds);
      where.push(`EXISTS (SELECT 1 FROM park_memberships pm WHERE pm.organization_id = d.organization_id
                            AND pm.status = 'approved' AND pm.park_id = ANY($${params.length}::uuid[]))`);
    }
    if (filter.status) {
      params.push(filter.status);
      where.push(`d.status = $${params.length}`);
    }
    const clause = `WHERE ${where.join(' AND ')}`;
    const [{ total }]: [{ total: number }] = await db.query(
      `SELECT count(*)::int AS total FROM uscc_disputes d ${clause}`,
      params,
    );
    const items: UsccDisputeRecord[] = await db.query(
      `${SELECT} ${clause} ORDER BY d.created_at DESC, d.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, (filter.page - 1) * filter.limit],
    );
    return { items, total };
  }

  async audit(
    tx: Db,
    entry: {
      disputeId: string;
      action: UsccDisputeAuditRecord['action'];
      actorUserId: string | null;
      reason?: string | null;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO uscc_dispute_audit (dispute_id, action, actor_user_id, reason) VALUES ($1, $2, $3, $4)`,
      [entry.disputeId, entry.action, entry.actorUserId, entry.reason ?? null],
    );
  }

  async history(db: Db, disputeId: string): Promise<UsccDisputeAuditRecord[]> {
    return db.query(
      `SELECT action, actor_user_id AS "actorUserId", reason, created_at AS "createdAt"
         FROM uscc_dispute_audit WHERE dispute_id = $1 ORDER BY id`,
      [disputeId],
    );
  }
}
