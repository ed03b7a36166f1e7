import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { AccountTokenPurpose } from '../domain';

export interface AccountTokenRecord {
  id: string;
  userId: string;
  purpose: AccountTokenPurpose;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

const COLUMNS = `id, user_id AS "userId", purpose, email, created_at AS "createdAt", expires_at AS "expiresAt",
                 used_at AS "usedAt"`;

/** One-time links for password resets and email verification; only their sha256 is stored. */
@Injectable()
export class AccountTokenRepository {
  async insert(
    tx: Db,
    token: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; email: string; expiresAt: Date },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, email, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [token.userId, token.purpose, token.tokenHash, token.email, token.expiresAt],
    );
  }

  /** A token by its hash, whatever its state; locked when spending it, so it is spent once. */
  async findByHash(db: Db, tokenHash: string, { forUpdate = false } = {}): Promise<AccountTokenRecord | undefined> {
    const rows: AccountTokenRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM account_tokens WHERE token_hash = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [tokenHash],
    );
    return rows[0];
  }

  async markUsed(tx: Db, id: string): Promise<void> {
    await tx.query(`UPDATE account_tokens SET used_at = now() WHERE id = $1`, [id]);
  }

  /** Ends the user's unused tokens of a purpose: a newer link supersedes them, or the deed is done. */
  async expireOutstanding(tx: Db, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await tx.query(
      `UPDATE account_tokens SET expires_at = now()
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()`,
      [userId, purpose],
    );
  }

  /** When the user's tokens of a purpose were issued since `since` (each one an email). */
  async issuedSince(db: Db, userId: string, purpose: AccountTokenPurpose, since: Date): Promise<Date[]> {
    const rows: Array<{ createdAt: Date }> = await db.query(
      `SELECT created_at AS "createdAt" FROM account_tokens WHERE user_id = $1 AND purpose = $2 AND created_at > $3`,
      [userId, purpose, since],
    );
    return rows.map((r) => r.createdAt);
  }
}
