import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { IsNull, MoreThan, Raw } from 'typeorm';
import type { AccountTokenPurpose } from '../domain';
import { AccountTokenEntity, type AccountTokenRow } from './entities';

export interface AccountTokenRecord {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

/** A token's row as use cases see it (its hash stays here). */
function toRecord(row: AccountTokenRow): AccountTokenRecord {
  return {
    id: row.id,
    userId: row.userId,
    purpose: row.purpose as AccountTokenPurpose,
    email: row.email,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
  };
}

/** One-time links for password resets and email verification; only their sha256 is stored. */
@Injectable()
export class AccountTokenRepository {
  async insert(
    tx: Db,
    token: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; email: string; expiresAt: Date },
  ): Promise<void> {
    await tx.getRepository(AccountTokenEntity).insert(token);
  }

  /** A token by its hash, whatever its state; locked when spending it, so it is spent once. */
  async findByHash(db: Db, tokenHash: string, { forUpdate = false } = {}): Promise<AccountTokenRecord | undefined> {
    const row = await db
      .getRepository(AccountTokenEntity)
      .findOne({ where: { tokenHash }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return row ? toRecord(row) : undefined;
  }

  async markUsed(tx: Db, id: string): Promise<void> {
    await tx.getRepository(AccountTokenEntity).update(id, { usedAt: () => 'now()' });
  }

  /** Ends the user's unused tokens of a purpose: a newer link supersedes them, or the deed is done. */
  async expireOutstanding(tx: Db, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await tx
      .getRepository(AccountTokenEntity)
      .update(
        { userId, purpose, usedAt: IsNull(), expiresAt: Raw((column) => `${column} > now()`) },
        { expiresAt: () => 'now()' },
      );
  }

  /** When the user's tokens of a purpose were issued since `since` (each one an email). */
  async issuedSince(db: Db, userId: string, purpose: AccountTokenPurpose, since: Date): Promise<Date[]> {
    const rows = await db
      .getRepository(AccountTokenEntity)
      .find({ select: { createdAt: true }, where: { userId, purpose, createdAt: MoreThan(since) } });
    return rows.map((r) => r.createdAt);
  }
}
