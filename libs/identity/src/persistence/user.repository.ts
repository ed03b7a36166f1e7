import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { ActorMembership, MembershipRole, OrganizationKind } from '../domain';

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export type UserProfile = Pick<UserRecord, 'id' | 'email' | 'displayName' | 'createdAt'> & {
  memberships: MembershipView[];
};

export interface MembershipView {
  organizationId: string;
  organizationName: string;
  kind: OrganizationKind;
  role: MembershipRole;
}

/** What an access token's session stands for; `activeUntil` is null for an ended session. */
export interface ActorFacts {
  email: string;
  activeUntil: Date | null;
  memberships: ActorMembership[];
  operatedParkIds: string[];
}

export interface MemberView {
  userId: string;
  email: string;
  displayName: string;
  role: MembershipRole;
  joinedAt: Date;
}

const SELECT = `SELECT id, email, display_name AS "displayName", password_hash AS "passwordHash",
                       created_at AS "createdAt", last_login_at AS "lastLoginAt" FROM users`;

@Injectable()
export class UserRepository {
  async insert(tx: Db, user: { email: string; displayName: string; passwordHash: string }): Promise<UserRecord> {
    const rows: UserRecord[] = await tx.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
       RETURNING id, email, display_name AS "displayName", password_hash AS "passwordHash",
                 created_at AS "createdAt", last_login_at AS "lastLoginAt"`,
      [user.email, user.displayName, user.passwordHash],
    );
    return rows[0];
  }

  async findByEmail(db: Db, email: string): Promise<UserRecord | undefined> {
    const rows: UserRecord[] = await db.query(`${SELECT} WHERE lower(email) = lower($1)`, [email]);
    return rows[0];
  }

  async findById(db: Db, id: string): Promise<UserRecord | undefined> {
    const rows: UserRecord[] = await db.query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0];
  }

  async recordLogin(db: Db, id: string): Promise<void> {
    await db.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [id]);
  }

  /** Adds a membership; an existing one keeps its role (an invitation never demotes). */
  async addMembership(tx: Db, userId: string, organizationId: string, role: MembershipRole): Promise<void> {
    await tx.query(
      `INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, organization_id) DO NOTHING`,
      [userId, organizationId, role],
    );
  }

  /** The user as they see themselves, with their memberships (organization name and kind), in one round trip. */
  async profileOf(db: Db, userId: string): Promise<UserProfile | undefined> {
    const rows: UserProfile[] = await db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.created_at AS "createdAt",
              coalesce((SELECT json_agg(json_build_object('organizationId', m.organization_id,
                                                          'organizationName', o.name, 'kind', o.kind, 'role', m.role)
                                        ORDER BY m.created_at)
                          FROM memberships m JOIN organizations o ON o.id = m.organization_id
                         WHERE m.user_id = u.id), '[]') AS memberships
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    return rows[0];
  }

  /** The actor's memberships and the parks their organizations operate, in one round trip. */
  async actorFacts(db: Db, userId: string): Promise<{ memberships: ActorMembership[]; operatedParkIds: string[] }> {
    const rows: Array<{ organizationId: string; kind: OrganizationKind; role: MembershipRole; parkIds: string[] }> =
      await db.query(
        `SELECT m.organization_id AS "organizationId", o.kind, m.role,
                coalesce(array_agg(p.id) FILTER (WHERE p.id IS NOT NULL), '{}') AS "parkIds"
           FROM memberships m
           JOIN organizations o ON o.id = m.organization_id
           LEFT JOIN parks p ON p.operator_organization_id = o.id
          WHERE m.user_id = $1
          GROUP BY m.organization_id, o.kind, m.role`,
        [userId],
      );
    return {
      memberships: rows.map(({ organizationId, kind, role }) => ({ organizationId, kind, role })),
      operatedParkIds: [...new Set(rows.flatMap((r) => r.parkIds))],
    };
  }

  /**
   * Everything an authenticated request needs about its user in one round trip: the
   * email, whether the session is live, the memberships and the parks they operate.
   * Undefined when the user no longer exists.
   */
  async actorForSession(db: Db, userId: string, sessionId: string): Promise<ActorFacts | undefined> {
    const rows: ActorFacts[] = await db.query(
      `SELECT u.email,
                (SELECT s.expires_at FROM sessions s
                  WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS "activeUntil",
                coalesce((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'kind', o.kind,
                                                            'role', m.role) ORDER BY m.created_at)
                            FROM memberships m JOIN organizations o ON o.id = m.organization_id
                           WHERE m.user_id = u.id), '[]') AS memberships,
                coalesce((SELECT array_agg(DISTINCT p.id)
                            FROM memberships m JOIN parks p ON p.operator_organization_id = m.organization_id
                           WHERE m.user_id = u.id), '{}') AS "operatedParkIds"
           FROM users u WHERE u.id = $1`,
      [userId, sessionId],
    );
    return rows[0];
  }

  /** Members of one organization: the organization id is part of the question. */
  async membersOf(db: Db, organizationId: string): Promise<MemberView[]> {
    return db.query(
      `SELECT u.id AS "userId", u.email, u.display_name AS "displayName", m.role, m.created_at AS "joinedAt"
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organization_id = $1 ORDER BY m.created_at`,
      [organizationId],
    );
  }

  /** Where to write to each of these users; users that no longer exist are absent. */
  async emailsOf(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; email: string }[] = await db.query(
      `SELECT id, email FROM users WHERE id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.email]));
  }

  async platformAdminExists(db: Db): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.kind = 'platform' LIMIT 1`,
    );
    return rows.length > 0;
  }
}
