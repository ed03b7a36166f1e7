import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { ParkMembershipStatus } from '../domain';

export interface ParkRecord {
  id: string;
  name: string;
  regionCode: string;
  operatorOrganizationId: string;
  operatorName: string;
  createdAt: Date;
}

export interface ParkMembershipRecord {
  parkId: string;
  organizationId: string;
  organizationName: string;
  status: ParkMembershipStatus;
  reason: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
}

const SELECT_PARK = `
  SELECT p.id, p.name, p.region_code AS "regionCode", p.operator_organization_id AS "operatorOrganizationId",
         o.name AS "operatorName", p.created_at AS "createdAt"
    FROM parks p JOIN organizations o ON o.id = p.operator_organization_id`;

const SELECT_MEMBERSHIP = `
  SELECT pm.park_id AS "parkId", pm.organization_id AS "organizationId", o.name AS "organizationName",
         pm.status, pm.reason, pm.requested_at AS "requestedAt", pm.decided_at AS "decidedAt"
    FROM park_memberships pm JOIN organizations o ON o.id = pm.organization_id`;

@Injectable()
export class ParkRepository {
  async insert(
    tx: Db,
    park: { name: string; regionCode: string; operatorOrganizationId: string; createdBy: string },
  ): Promise<ParkRecord> {
    const [{ id }]: [{ id: string }] = await tx.query(
      `INSERT INTO parks (name, region_code, operator_organization_id, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [park.name, park.regionCode, park.operatorOrganizationId, park.createdBy],
    );
    return (await this.findById(tx, id))!;
  }

  async findById(db: Db, id: string): Promise<ParkRecord | undefined> {
    const rows: ParkRecord[] = await db.query(`${SELECT_PARK} WHERE p.id = $1`, [id]);
    return rows[0];
  }

  async list(db: Db, { regionPrefix }: { regionPrefix?: string } = {}): Promise<ParkRecord[]> {
    return db.query(`${SELECT_PARK} WHERE ($1::text IS NULL OR starts_with(p.region_code, $1)) ORDER BY p.name`, [
      regionPrefix ?? null,
    ]);
  }

  async findMembership(
    db: Db,
    parkId: string,
    organizationId: string,
    { forUpdate = false } = {},
  ): Promise<ParkMembershipRecord | undefined> {
    const rows: ParkMembershipRecord[] = await db.query(
      `${SELECT_MEMBERSHIP} WHERE pm.park_id = $1 AND pm.organization_id = $2 ${forUpdate ? 'FOR UPDATE OF pm' : ''}`,
      [parkId, organizationId],
    );
    return rows[0];
  }

  async upsertRequest(tx: Db, parkId: string, organizationId: string, requestedBy: string): Promise<void> {
    await tx.query(
      `INSERT INTO park_memberships (park_id, organization_id, status, requested_by)
       VALUES ($1, $2, 'pending', $3)
       ON CONFLICT (park_id, organization_id) DO UPDATE
         SET status = 'pending', reason = NULL, requested_by = $3, requested_at = now(), decided_by = NULL, decided_at = NULL`,
      [parkId, organizationId, requestedBy],
    );
  }

  async decide(
    tx: Db,
    parkId: string,
    organizationId: string,
    decision: { status: 'approved' | 'rejected'; reason: string | null; decidedBy: string },
  ): Promise<void> {
    await tx.query(
      `UPDATE park_memberships SET status = $3, reason = $4, decided_by = $5, decided_at = now()
        WHERE park_id = $1 AND organization_id = $2`,
      [parkId, organizationId, decision.status, decision.reason, decision.decidedBy],
    );
  }

  /** One park's membership requests: the park id is part of the question. */
  async membershipsOfPark(db: Db, parkId: string, status?: ParkMembershipStatus): Promise<ParkMembershipRecord[]> {
    return db.query(
      `${SELECT_MEMBERSHIP} WHERE pm.park_id = $1 AND ($2::text IS NULL OR pm.status = $2) ORDER BY pm.requested_at`,
      [parkId, status ?? null],
    );
  }

  /** The parks an organization belongs to (or asked to join), by status. */
  async parkIdsOf(db: Db, organizationId: string, statuses: ParkMembershipStatus[]): Promise<string[]> {
    const rows: Array<{ parkId: string }> = await db.query(
      `SELECT park_id AS "parkId" FROM park_memberships WHERE organization_id = $1 AND status = ANY($2::text[])`,
      [organizationId, statuses],
    );
    return rows.map((r) => r.parkId);
  }

  async approvedParksOf(db: Db, organizationId: string): Promise<Array<{ id: string; name: string }>> {
    return db.query(
      `SELECT p.id, p.name FROM park_memberships pm JOIN parks p ON p.id = pm.park_id
        WHERE pm.organization_id = $1 AND pm.status = 'approved' ORDER BY p.name`,
      [organizationId],
    );
  }

  async memberOrganizationIds(db: Db, parkIds: readonly string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT DISTINCT organization_id AS id FROM park_memberships WHERE park_id = ANY($1::uuid[]) AND status = 'approved'`,
      [parkIds],
    );
    return rows.map((r) => r.id);
  }

  async parkIdsOfMany(db: Db, organizationIds: readonly string[]): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT DISTINCT park_id AS id FROM park_memberships WHERE organization_id = ANY($1::uuid[]) AND status = 'approved'`,
      [organizationIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Who reviews an enterprise's credit code disputes: the people of the organizations that
   * operate its parks (approved memberships) and the platform's admins.
   */
  async disputeReviewerIds(db: Db, organizationId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT DISTINCT m.user_id AS id
         FROM memberships m
        WHERE m.organization_id IN (
                SELECT p.operator_organization_id FROM park_memberships pm JOIN parks p ON p.id = pm.park_id
                 WHERE pm.organization_id = $1 AND pm.status = 'approved'
                UNION SELECT o.id FROM organizations o WHERE o.kind = 'platform')`,
      [organizationId],
    );
    return rows.map((r) => r.id);
  }
}
