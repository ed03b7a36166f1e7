import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

export type UserAuditAction = 'suspend' | 'reinstate';

/** The history of what platform admins did to an account. */
@Injectable()
export class UserAuditRepository {
  async record(
    tx: Db,
    entry: { userId: string; actorUserId: string; action: UserAuditAction; reason: string | null },
  ): Promise<void> {
    await tx.query(`INSERT INTO user_audit (user_id, actor_user_id, action, reason) VALUES ($1, $2, $3, $4)`, [
      entry.userId,
      entry.actorUserId,
      entry.action,
      entry.reason,
    ]);
  }
}
