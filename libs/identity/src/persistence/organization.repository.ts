import { Injectable } from '@nestjs/common';
import { BatchedReads, type Db, isPool } from '@rongtong/platform';
import type { BadgeTier, FrozenReason, OrganizationKind, SizeClass, VerificationState } from '../domain';

export interface BadgeRecord {
  tier: BadgeTier;
  issuingAuthority: string;
  certificateNumber: string;
  expiresOn: string;
  /** Claimed badges are `pending` until a park operator or platform admin reviews them. */
  status: BadgeStatus;
}

export type BadgeStatus = 'pending' | 'verified' | 'rejected';

export interface ContactRecord {
  name?: string;
  phone?: string;
  email?: string;
}

export interface OrganizationRecord {
  id: string;
  kind: OrganizationKind;
  name: string;
  nameEn: string | null;
  uscc: string | null;
  regionCode: string | null;
  industrySection: string | null;
  industryDivision: string | null;
  employees: number | null;
  annualRevenueFen: number | null;
  sizeClass: SizeClass | null;
  badge: BadgeRecord | null;
  verificationState: VerificationState;
  verificationReason: string | null;
  verifiedAt: Date | null;
  description: string | null;
  website: string | null;
  address: string | null;
  contact: ContactRecord | null;
  /** Frozen while its code is disputed, or for good once the code went back to its holder. */
  frozenReason: FrozenReason | null;
  frozenAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export type VerificationQueueState = 'pending' | 'unverified' | 'verified' | 'rejected' | 'all';

export interface VerificationQueueMembership {
  membershipStatus: 'approved' | 'pending';
  requestedAt: Date;
}

export type NewOrganization = Pick<OrganizationRecord, 'kind' | 'name'> &
  Partial<Omit<OrganizationRecord, 'id' | 'kind' | 'name' | 'createdAt' | 'updatedAt' | 'version'>>;

export type OrganizationPatch = Partial<
  Omit<OrganizationRecord, 'id' | 'kind' | 'createdAt' | 'updatedAt' | 'version' | 'verifiedAt'>
> & { verifiedAt?: Date | null; verifiedBy?: string | null };

const COLUMNS: Record<keyof Omit<OrganizationPatch, never>, string> = {
  name: 'name',
  nameEn: 'name_en',
  uscc: 'uscc',
  regionCode: 'region_code',
  industrySection: 'industry_section',
  industryDivision: 'industry_division',
  employees: 'employees',
  annualRevenueFen: 'annual_revenue_fen',
  sizeClass: 'size_class',
  badge: 'badge',
  verificationState: 'verification_state',
  verificationReason: 'verification_reason',
  verifiedAt: 'verified_at',
  verifiedBy: 'verified_by',
  description: 'description',
  website: 'website',
  address: 'address',
  contact: 'contact',
  frozenReason: 'frozen_reason',
  frozenAt: 'frozen_at',
};

const JSON_COLUMNS = new Set(['badge', 'contact']);

const SELECT = `
  SELECT id, kind, name, name_en AS "nameEn", uscc, region_code AS "regionCode",
         industry_section AS "industrySection", industry_division AS "industryDivision",
         employees, annual_revenue_fen::float8 AS "annualRevenueFen", size_class AS "sizeClass", badge,
         verification_state AS "verificationState", verification_reason AS "verificationReason",
         verified_at AS "verifiedAt", description, website, address, contact,
         frozen_reason AS "frozenReason", frozen_at AS "frozenAt", created_at AS "createdAt", updated_at AS "updatedAt", version
    FROM organizations`;

@Injectable()
export class OrganizationRepository {
  /** Frozen checks of concurrent requests (every deal and booking opened) read together. */
  private frozenReads?: { db: Db; reads: BatchedReads<string, FrozenReason> };

  async insert(tx: Db, organization: NewOrganization): Promise<OrganizationRecord> {
    const entries = Object.entries(organization).filter(([key, value]) => key !== 'kind' && value !== undefined);
    const columns = ['kind', ...entries.map(([key]) => COLUMNS[key as keyof OrganizationPatch])];
    const values = [organization.kind, ...entries.map(([key, v]) => (JSON_COLUMNS.has(key) ? JSON.stringify(v) : v))];
    const [{ id }]: [{ id: string }] = await tx.query(
      `INSERT INTO organizations (${columns.join(', ')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      values,
    );
    return (await this.findById(tx, id))!;
  }

  async findById(db: Db, id: string, { forUpdate = false } = {}): Promise<OrganizationRecord | undefined> {
    const rows: OrganizationRecord[] = await db.query(`${SELECT} WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [id]);
    return rows[0];
  }

  async idByUscc(db: Db, uscc: string): Promise<string | undefined> {
    const rows: Array<{ id: string }> = await db.query(`SELECT id FROM organizations WHERE uscc = $1`, [uscc]);
    return rows[0]?.id;
  }

  /** The organization holding `uscc`, locked for the caller's transaction. */
  async findByUscc(db: Db, uscc: string, { forUpdate = false } = {}): Promise<OrganizationRecord | undefined> {
    const rows: OrganizationRecord[] = await db.query(`${SELECT} WHERE uscc = $1 ${forUpdate ? 'FOR UPDATE' : ''}`, [
      uscc,
    ]);
    return rows[0];
  }

  /** Which of `ids` are frozen, and why. */
  async frozenAmong(db: Db, ids: readonly string[]): Promise<Map<string, FrozenReason>> {
    if (ids.length === 0) return new Map();
    if (!isPool(db)) return this.readFrozen(db, ids);
    if (this.frozenReads?.db !== db) {
      this.frozenReads = { db, reads: new BatchedReads((keys) => this.readFrozen(db, keys)) };
    }
    return this.frozenReads.reads.get(ids);
  }

  private async readFrozen(db: Db, ids: readonly string[]): Promise<Map<string, FrozenReason>> {
    const rows: Array<{ id: string; reason: FrozenReason }> = await db.query(
      `SELECT id, frozen_reason AS reason FROM organizations WHERE id = ANY($1::uuid[]) AND frozen_reason IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.reason]));
  }

  async existsByUscc(db: Db, uscc: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT 1 FROM organizations WHERE uscc = $1`, [uscc]);
    return rows.length > 0;
  }

  async update(tx: Db, id: string, patch: OrganizationPatch): Promise<OrganizationRecord> {
    const entries = Object.entries(patch).filter(([, value]) => value !== undefined);
    if (entries.length > 0) {
      const sets = entries.map(([key], i) => `${COLUMNS[key as keyof OrganizationPatch]} = $${i + 2}`);
      await tx.query(
        `UPDATE organizations SET ${sets.join(', ')}, updated_at = now(), version = version + 1 WHERE id = $1`,
        [id, ...entries.map(([key, v]) => (JSON_COLUMNS.has(key) && v !== null ? JSON.stringify(v) : v))],
      );
    }
    return (await this.findById(tx, id))!;
  }

  /** Many organizations at once, each with the parks it is an approved member of; unknown ids are left out. */
  /** Verified enterprises that are not frozen: who the supplier directory lists. */
  async listedSupplierIds(db: Db): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM organizations
        WHERE kind = 'enterprise' AND verification_state = 'verified' AND frozen_reason IS NULL ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  async findManyWithParks(db: Db, ids: readonly string[]): Promise<Array<OrganizationRecord & { parkIds: string[] }>> {
    if (ids.length === 0) return [];
    return db.query(
      `${SELECT.replace(
        'FROM organizations',
        `, COALESCE((SELECT array_agg(pm.park_id::text ORDER BY pm.park_id) FROM park_memberships pm
                      WHERE pm.organization_id = organizations.id AND pm.status = 'approved'), '{}') AS "parkIds"
           FROM organizations`,
      )} WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * The enterprises of a park (members or asking to join) whose verification, or claimed
   * 专精特新 badge, is in `state`: `pending` is an unverified enterprise or a badge awaiting
   * review; oldest request first.
   */
  async verificationQueueOfPark(
    db: Db,
    parkId: string,
    { state, offset, limit }: { state: VerificationQueueState; offset: number; limit: number },
  ): Promise<{ items: Array<OrganizationRecord & VerificationQueueMembership>; total: number }> {
    const where = `
      FROM organizations JOIN park_memberships pm ON pm.organization_id = organizations.id AND pm.park_id = $1
     WHERE organizations.kind = 'enterprise' AND pm.status IN ('approved', 'pending')
       AND CASE $2::text
             WHEN 'pending' THEN organizations.verification_state = 'unverified' OR organizations.badge->>'status' = 'pending'
             WHEN 'all' THEN true
             ELSE organizations.verification_state = $2::text
           END`;
    const items: Array<OrganizationRecord & VerificationQueueMembership> = await db.query(
      `${SELECT.replace(
        'FROM organizations',
        `, pm.status AS "membershipStatus", pm.requested_at AS "requestedAt" ${where}`,
      )} ORDER BY pm.requested_at, organizations.id OFFSET $3 LIMIT $4`,
      [parkId, state, offset, limit],
    );
    const [{ total }]: [{ total: number }] = await db.query(`SELECT count(*)::int AS total ${where}`, [parkId, state]);
    return { items, total };
  }

  /** The platform organization, whose members are platform admins. */
  async findPlatform(db: Db): Promise<OrganizationRecord | undefined> {
    const rows: OrganizationRecord[] = await db.query(`${SELECT} WHERE kind = 'platform' ORDER BY created_at LIMIT 1`);
    return rows[0];
  }
}
