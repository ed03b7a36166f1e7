import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { MembershipRole } from '../domain';
import { MembershipAuditEntity, MembershipEntity } from './entities';

export type MembershipAuditAction = 'role_changed' | 'removed';

/**
 * An organization's memberships as its owners and admins change them, and the record of
 * each change. Every statement names the organization.
 */
@Injectable()
export class MembershipRepository {
  /**
   * The organization's members and roles, every row locked: changes of role and removals
   * queue behind each other, so two owners stepping down at once cannot leave none.
   */
  async lockAll(tx: Db, organizationId: string): Promise<Array<{ userId: string; role: MembershipRole }>> {
    const rows = await tx.getRepository(MembershipEntity).find({
      select: { userId: true, role: true },
      where: { organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    return rows.map((row) => ({ userId: row.userId, role: row.role as MembershipRole }));
  }

  async setRole(tx: Db, organizationId: string, userId: string, role: MembershipRole): Promise<void> {
    await tx.getRepository(MembershipEntity).update({ organizationId, userId }, { role });
  }

  async remove(tx: Db, organizationId: string, userId: string): Promise<void> {
    await tx.getRepository(MembershipEntity).delete({ organizationId, userId });
  }

  async audit(
    tx: Db,
    entry: {
      organizationId: string;
      userId: string;
      actorUserId: string;
      action: MembershipAuditAction;
      fromRole: MembershipRole;
      toRole: MembershipRole | null;
    },
  ): Promise<void> {
    await tx.getRepository(MembershipAuditEntity).insert(entry);
  }
}
