import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { MembershipRole } from '../domain';

export interface InvitationRecord {
  id: string;
  organizationId: string;
  email: string;
  role: MembershipRole;
  expiresAt: Date;
  acceptedAt: Date | null;
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
    const rows: InvitationRecord[] = await tx.query(
      `INSERT INTO invitations (organization_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id, organization_id AS "organizationId", email, role, expires_at AS "expiresAt", accepted_at AS "acceptedAt"`,
      [
        invitation.organizationId,
        invitation.email,
        invitation.role,
        invitation.tokenHash,
        invitation.invitedBy,
        invitation.expiresAt,
      ],
    );
    return rows[0];
  }

  /** An open invitation by its token, locked so it can be accepted only once. */
  async lockOpenByTokenHash(tx: Db, tokenHash: string): Promise<InvitationRecord | undefined> {
    const rows: InvitationRecord[] = await tx.query(
      `SELECT id, organization_id AS "organizationId", email, role, expires_at AS "expiresAt", accepted_at AS "acceptedAt"
         FROM invitations WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() FOR UPDATE`,
      [tokenHash],
    );
    return rows[0];
  }

  async markAccepted(tx: Db, id: string, userId: string): Promise<void> {
    await tx.query(`UPDATE invitations SET accepted_at = now(), accepted_by = $2 WHERE id = $1`, [id, userId]);
  }
}
