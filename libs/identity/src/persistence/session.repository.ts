import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

export interface RefreshTokenLookup {
  tokenId: string;
  usedAt: Date | null;
  sessionId: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

@Injectable()
export class SessionRepository {
  async create(tx: Db, userId: string, expiresAt: Date): Promise<string> {
    const [{ id }]: [{ id: string }] = await tx.query(
      `INSERT INTO sessions (user_id, expires_at) VALUES ($1, $2) RETURNING id`,
      [userId, expiresAt],
    );
    return id;
  }

  async addRefreshToken(tx: Db, sessionId: string, tokenHash: string): Promise<void> {
    await tx.query(`INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)`, [sessionId, tokenHash]);
  }

  /** Locks the token and its session, so two refreshes with one token are serialized. */
  async lockByTokenHash(tx: Db, tokenHash: string): Promise<RefreshTokenLookup | undefined> {
    const rows: RefreshTokenLookup[] = await tx.query(
      `SELECT t.id AS "tokenId", t.used_at AS "usedAt", s.id AS "sessionId", s.user_id AS "userId",
              s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt"
         FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t, s`,
      [tokenHash],
    );
    return rows[0];
  }

  async markUsed(tx: Db, tokenId: string): Promise<void> {
    await tx.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [tokenId]);
    await tx.query(
      `UPDATE sessions SET last_refreshed_at = now() WHERE id = (SELECT session_id FROM refresh_tokens WHERE id = $1)`,
      [tokenId],
    );
  }

  async revoke(db: Db, sessionId: string, reason: string): Promise<void> {
    await db.query(
      `UPDATE sessions SET revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, $2) WHERE id = $1`,
      [sessionId, reason],
    );
  }

  /** Whether a session (an access token's `sid`) is still good for the given user. */
  async isActive(db: Db, sessionId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [sessionId, userId],
    );
    return rows.length > 0;
  }
}
