import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { IsNull, Raw } from 'typeorm';
import type { MembershipRole } from '../domain';
import { InvitationEntity, type InvitationRow } from './entities';

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
      where: { tokenHash, acceptedAt: IsNull(), expiresAt: Raw((column) => `${column} > now()`) },
      lock: { mode: 'pessimistic_write' },
    });
    return row ? toRecord(row) : undefined;
  }

  async markAccepted(tx: Db, id: string, userId: string): Promise<void> {
    await tx.getRepository(InvitationEntity).update(id, { acceptedAt: () => 'now()', acceptedBy: userId });
  }
}
