import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { IsNull, Raw } from 'typeorm';
import type { InvitationStatus, MembershipRole } from '../domain';
import { InvitationEntity, type InvitationRow } from './entities';

/** An invitation as its organization's admins list it: what became of it, and who sent it. */
export interface InvitationListItem {
  id: string;
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  invitedBy: { id: string; displayName: string } | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/** Where an invitation stands, from its row: revoked and accepted are final; else expired past its deadline. */
const STATUS_SQL = `CASE WHEN i.revoked_at IS NOT NULL THEN 'revoked' WHEN i.accepted_at IS NOT NULL THEN 'accepted'
  WHEN i.expires_at <= now() THEN 'expired' ELSE 'pending' END`;

export interface InvitationRecord {
  id: string;
  organizationId: string;
  email: string;
  role: MembershipRole;
  expiresAt: Date;
  acceptedAt: Date | null;
}

/** An invitation's row as use cases see it (the token's hash stays here). */
function toRecord(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    email: row.email,
    role: row.role as MembershipRole,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
  };
}

@Injectable()
export class InvitationRepository {
  async insert(
    tx: Db,
    invitation: {
      organizationId: string;
      email: string;
      role: MembershipRole;
      tokenHash: string;
      invitedBy: string | null;
      expiresAt: Date;
    },
  ): Promise<InvitationRecord> {
    const result = await tx.getRepository(InvitationEntity).insert(invitation);
    const { id } = result.identifiers[0] as { id: string };
    const { organizationId, email, role, expiresAt } = invitation;
    return { id, organizationId, email, role, expiresAt, acceptedAt: null };
  }

  /** An open invitation by its token, locked so it can be accepted only once. */
  async lockOpenByTokenHash(tx: Db, tokenHash: string): Promise<InvitationRecord | undefined> {
    const row = await tx.getRepository(InvitationEntity).findOne({
      where: { tokenHash, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: Raw((column) => `${column} > now()`) },
      lock: { mode: 'pessimistic_write' },
    });
    return row ? toRecord(row) : undefined;
  }

  async markAccepted(tx: Db, id: string, userId: string): Promise<void> {
    await tx.getRepository(InvitationEntity).update(id, { acceptedAt: () => 'now()', acceptedBy: userId });
  }

  /** The organization's invitations, newest first, one page of them, optionally of one status. */
  async page(
    db: Db,
    organizationId: string,
    filter: { status?: InvitationStatus; page: number; limit: number },
  ): Promise<{ items: InvitationListItem[]; total: number }> {
    const rows: Array<InvitationListItem & { inviterId: string | null; inviterName: string | null; total: number }> =
      await db.query(
        `SELECT x.*, count(*) OVER ()::int AS total FROM (
           SELECT i.id, i.email, i.role, ${STATUS_SQL} AS status, i.created_at AS "createdAt",
                  i.expires_at AS "expiresAt", i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt",
                  u.id AS "inviterId", u.display_name AS "inviterName"
             FROM invitations i LEFT JOIN users u ON u.id = i.invited_by
            WHERE i.organization_id = $1) x
          WHERE $2::text IS NULL OR x.status = $2
          ORDER BY x."createdAt" DESC, x.id
          LIMIT $3 OFFSET $4`,
        [organizationId, filter.status ?? null, filter.limit, (filter.page - 1) * filter.limit],
      );
    const total = rows[0]?.total ?? (await this.count(db, organizationId, filter.status));
    return {
      items: rows.map(({ inviterId, inviterName, total: _total, ...item }) => ({
        ...item,
        invitedBy: inviterId ? { id: inviterId, displayName: inviterName ?? '' } : null,
      })),
      total,
    };
  }

  private async count(db: Db, organizationId: string, status?: InvitationStatus): Promise<number> {
    const [{ count }]: Array<{ count: number }> = await db.query(
      `SELECT count(*)::int AS count FROM invitations i WHERE i.organization_id = $1 AND ($2::text IS NULL OR ${STATUS_SQL} = $2)`,
      [organizationId, status ?? null],
    );
    return count;
  }

  /** One invitation of the organization, locked, with its status. */
  async lockInOrganization(
    tx: Db,
    organizationId: string,
    id: string,
  ): Promise<{ id: string; role: MembershipRole; status: InvitationStatus } | undefined> {
    const rows: Array<{ id: string; role: MembershipRole; status: InvitationStatus }> = await tx.query(
      `SELECT i.id, i.role, ${STATUS_SQL} AS status FROM invitations i
        WHERE i.organization_id = $1 AND i.id = $2 FOR UPDATE`,
      [organizationId, id],
    );
    return rows[0];
  }

  async markRevoked(tx: Db, id: string, userId: string): Promise<void> {
    await tx.getRepository(InvitationEntity).update(id, { revokedAt: () => 'now()', revokedBy: userId });
  }
}
