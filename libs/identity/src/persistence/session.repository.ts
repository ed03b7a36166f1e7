import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

export interface RefreshTokenLookup {
  tokenId: string;
  usedAt: Date | null;
  /** How long ago it was spent, by the database's clock (null while unspent). */
  usedMsAgo: number | null;
  /** Whether no other token of its session was spent after it (its successor is unused). */
  latestSpent: boolean;
  sessionId: string;
  userId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  userSuspended: boolean;
}

/** What a session was opened from, as the client told us (shown in the user's device list). */
export interface SessionDevice {
  userAgent?: string | null;
  ipAddress?: string | null;
}

export interface SessionRecord {
  id: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
}

/** A user agent is the client's free text: kept short. */
const MAX_USER_AGENT = 512;

@Injectable()
export class SessionRepository {
  async create(tx: Db, userId: string, expiresAt: Date, device: SessionDevice = {}): Promise<string> {
    const [{ id }]: [{ id: string }] = await tx.query(
      `INSERT INTO sessions (user_id, expires_at, user_agent, ip_address, last_used_at)
       VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [userId, expiresAt, device.userAgent?.slice(0, MAX_USER_AGENT) || null, device.ipAddress || null],
    );
    return id;
  }

  /** The user's live sessions (not revoked, not expired), most recently used first. */
  async listActive(db: Db, userId: string): Promise<SessionRecord[]> {
    return db.query(
      `SELECT id, user_agent AS "userAgent", ip_address AS "ipAddress", created_at AS "createdAt",
              coalesce(last_used_at, last_refreshed_at, created_at) AS "lastUsedAt", expires_at AS "expiresAt"
         FROM sessions
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        ORDER BY coalesce(last_used_at, last_refreshed_at, created_at) DESC, id`,
      [userId],
    );
  }

  /** Marks the session used now (the device list's "last active"). */
  async touch(db: Db, sessionId: string): Promise<void> {
    await db.query(`UPDATE sessions SET last_used_at = now() WHERE id = $1`, [sessionId]);
  }

  /** Revokes one live session of this user: false when it is not theirs or not live. */
  async revokeOwn(db: Db, userId: string, sessionId: string, reason: string): Promise<boolean> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows]: [unknown[], number] = await db.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $3
        WHERE id = $2 AND user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        RETURNING id`,
      [userId, sessionId, reason],
    );
    return rows.length > 0;
  }

  /** Revokes every live session of the user, but `except` (the caller's own) when given. */
  async revokeAllOf(db: Db, userId: string, reason: string, except?: string): Promise<void> {
    await db.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, except ?? null],
    );
  }

  async addRefreshToken(tx: Db, sessionId: string, tokenHash: string): Promise<void> {
    await tx.query(`INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)`, [sessionId, tokenHash]);
  }

  /** Locks the token and its session, so two refreshes with one token are serialized. */
  async lockByTokenHash(tx: Db, tokenHash: string): Promise<RefreshTokenLookup | undefined> {
    const rows: RefreshTokenLookup[] = await tx.query(
      `SELECT t.id AS "tokenId", t.used_at AS "usedAt", s.id AS "sessionId", s.user_id AS "userId",
              (extract(epoch FROM clock_timestamp() - t.used_at) * 1000)::float8 AS "usedMsAgo",
              NOT EXISTS (SELECT 1 FROM refresh_tokens o
                           WHERE o.session_id = t.session_id AND o.used_at > t.used_at) AS "latestSpent",
              s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt",
              EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id AND u.suspended_at IS NOT NULL) AS "userSuspended"
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
      `UPDATE sessions SET last_refreshed_at = now(), last_used_at = now()
        WHERE id = (SELECT session_id FROM refresh_tokens WHERE id = $1)`,
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
