import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { UserAuditEntity } from './entities';

export type UserAuditAction = 'suspend' | 'reinstate';

/** The history of what platform admins did to an account. */
@Injectable()
export class UserAuditRepository {
  async record(
    tx: Db,
    entry: { userId: string; actorUserId: string; action: UserAuditAction; reason: string | null },
  ): Promise<void> {
    await tx.getRepository(UserAuditEntity).insert(entry);
  }
}
