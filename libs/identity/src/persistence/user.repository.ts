import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import {
  type ActorMembership,
  containsPattern,
  DEFAULT_LOCALE,
  isLocale,
  type Locale,
  type MembershipRole,
  type OrganizationKind,
} from '../domain';
import { MembershipEntity, UserEntity } from './entities';

/** Whom an email or notification goes to, and the language to write it in. */
export interface UserReader {
  email: string;
  displayName: string;
  locale: Locale;
}

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  locale: Locale;
  emailVerifiedAt: Date | null;
  suspendedAt: Date | null;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export type UserProfile = Pick<
  UserRecord,
  'id' | 'email' | 'displayName' | 'locale' | 'emailVerifiedAt' | 'createdAt'
> & {
  memberships: MembershipView[];
};

/** A user as platform admins see them in the user list. */
export interface UserAdminRecord {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  emailVerifiedAt: Date | null;
  createdAt: Date;
  lastLoginAt: Date | null;
  suspendedAt: Date | null;
  suspendedReason: string | null;
  suspendedBy: string | null;
  isPlatformAdmin: boolean;
}

export interface MembershipView {
  organizationId: string;
  organizationName: string;
  kind: OrganizationKind;
  role: MembershipRole;
}

/** What an access token's session stands for; `activeUntil` is null for an ended session. */
export interface ActorFacts {
  email: string;
  locale: Locale;
  emailVerified: boolean;
  suspended: boolean;
  activeUntil: Date | null;
  /** The session was last marked used more than SESSION_USE_GRANULARITY ago. */
  sessionIdle: boolean;
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

/** How finely a session's last use is kept: at most one write per session this often. */
export const SESSION_USE_GRANULARITY = '5 minutes';

const COLUMNS = `id, email, display_name AS "displayName", password_hash AS "passwordHash", locale,
                 email_verified_at AS "emailVerifiedAt", suspended_at AS "suspendedAt",
                 created_at AS "createdAt", last_login_at AS "lastLoginAt"`;
const SELECT = `SELECT ${COLUMNS} FROM users`;

const SELECT_ADMIN = `
  SELECT u.id, u.email, u.display_name AS "displayName", u.locale, u.email_verified_at AS "emailVerifiedAt",
         u.created_at AS "createdAt", u.last_login_at AS "lastLoginAt", u.suspended_at AS "suspendedAt",
         u.suspended_reason AS "suspendedReason", u.suspended_by AS "suspendedBy",
         EXISTS (SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id
                  WHERE m.user_id = u.id AND o.kind = 'platform') AS "isPlatformAdmin"
    FROM users u`;

@Injectable()
export class UserRepository {
  /** A new user; `emailVerified` only where the address is already proven (an accepted invitation, a trusted tool). */
  async insert(
    tx: Db,
    user: { email: string; displayName: string; passwordHash: string; locale?: Locale; emailVerified?: boolean },
  ): Promise<UserRecord> {
    const rows: UserRecord[] = await tx.query(
      `INSERT INTO users (email, display_name, password_hash, locale, email_verified_at)
       VALUES ($1, $2, $3, coalesce($4, 'zh-CN'), CASE WHEN $5 THEN now() END)
       RETURNING ${COLUMNS}`,
      [user.email, user.displayName, user.passwordHash, user.locale ?? null, user.emailVerified === true],
    );
    return rows[0];
  }

  async findByIdForUpdate(tx: Db, id: string): Promise<UserRecord | undefined> {
    const rows: UserRecord[] = await tx.query(`${SELECT} WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0];
  }

  async updateProfile(tx: Db, id: string, patch: { displayName?: string; locale?: Locale }): Promise<void> {
    await tx.query(
      `UPDATE users SET display_name = coalesce($2, display_name), locale = coalesce($3, locale), updated_at = now()
        WHERE id = $1`,
      [id, patch.displayName ?? null, patch.locale ?? null],
    );
  }

  async setPassword(tx: Db, id: string, passwordHash: string): Promise<void> {
    await tx
      .getRepository(UserEntity)
      .update(id, { passwordHash, passwordChangedAt: () => 'now()', updatedAt: () => 'now()' });
  }

  /**
   * The user proved `email`: it becomes their address (a change of email completes) and is
   * marked verified; an address already verified keeps its first verification time.
   */
  async verifyEmail(tx: Db, id: string, email: string): Promise<void> {
    await tx.query(
      `UPDATE users
          SET email_verified_at = CASE WHEN lower(email) = lower($2) THEN coalesce(email_verified_at, now()) ELSE now() END,
              email = $2, updated_at = now()
        WHERE id = $1`,
      [id, email],
    );
  }

  async suspend(tx: Db, id: string, reason: string, by: string): Promise<void> {
    await tx.getRepository(UserEntity).update(id, {
      suspendedAt: () => 'now()',
      suspendedReason: reason,
      suspendedBy: by,
      updatedAt: () => 'now()',
    });
  }

  async reinstate(tx: Db, id: string): Promise<void> {
    await tx
      .getRepository(UserEntity)
      .update(id, { suspendedAt: null, suspendedReason: null, suspendedBy: null, updatedAt: () => 'now()' });
  }

  async findForAdmin(db: Db, id: string): Promise<UserAdminRecord | undefined> {
    const rows: UserAdminRecord[] = await db.query(`${SELECT_ADMIN} WHERE u.id = $1`, [id]);
    return rows[0];
  }

  /** Every user, newest first, optionally those whose email or display name contains `q` (any case). */
  async page(
    db: Db,
    { q, offset, limit }: { q?: string; offset: number; limit: number },
  ): Promise<{ items: UserAdminRecord[]; total: number }> {
    const where = q?.trim() ? `WHERE u.email ILIKE $1 OR u.display_name ILIKE $1` : `WHERE $1::text IS NULL`;
    const pattern = q?.trim() ? containsPattern(q) : null;
    const [items, [{ total }]] = await Promise.all([
      db.query<UserAdminRecord[]>(`${SELECT_ADMIN} ${where} ORDER BY u.created_at DESC, u.id LIMIT $2 OFFSET $3`, [
        pattern,
        limit,
        offset,
      ]),
      db.query<Array<{ total: number }>>(`SELECT count(*)::int AS total FROM users u ${where}`, [pattern]),
    ]);
    return { items, total };
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
    await db.getRepository(UserEntity).update(id, { lastLoginAt: () => 'now()' });
  }

  /** Adds a membership; an existing one keeps its role (an invitation never demotes). */
  async addMembership(tx: Db, userId: string, organizationId: string, role: MembershipRole): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(MembershipEntity)
      .values({ userId, organizationId, role })
      .orIgnore()
      .execute();
  }

  /** The user as they see themselves, with their memberships (organization name and kind), in one round trip. */
  async profileOf(db: Db, userId: string): Promise<UserProfile | undefined> {
    const rows: UserProfile[] = await db.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.locale, u.email_verified_at AS "emailVerifiedAt",
              u.created_at AS "createdAt",
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
   * email, language, verification and suspension, whether the session is live, the memberships and the parks they operate.
   * Undefined when the user no longer exists.
   */
  async actorForSession(db: Db, userId: string, sessionId: string): Promise<ActorFacts | undefined> {
    const rows: ActorFacts[] = await db.query(
      `SELECT u.email, u.locale, u.email_verified_at IS NOT NULL AS "emailVerified",
                u.suspended_at IS NOT NULL AS suspended,
                (SELECT s.expires_at FROM sessions s
                  WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS "activeUntil",
                coalesce((SELECT coalesce(s.last_used_at, s.created_at) < now() - $3::interval
                            FROM sessions s WHERE s.id = $2), false) AS "sessionIdle",
                coalesce((SELECT json_agg(json_build_object('organizationId', m.organization_id, 'kind', o.kind,
                                                            'role', m.role) ORDER BY m.created_at)
                            FROM memberships m JOIN organizations o ON o.id = m.organization_id
                           WHERE m.user_id = u.id), '[]') AS memberships,
                coalesce((SELECT array_agg(DISTINCT p.id)
                            FROM memberships m JOIN parks p ON p.operator_organization_id = m.organization_id
                           WHERE m.user_id = u.id), '{}') AS "operatedParkIds"
           FROM users u WHERE u.id = $1`,
      [userId, sessionId, SESSION_USE_GRANULARITY],
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
  /** Address, name and language of these users, by id; unknown ids are left out. */
  async readersOf(db: Db, userIds: readonly string[]): Promise<Map<string, UserReader>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{ id: string; email: string; displayName: string; locale: string }> = await db.query(
      `SELECT id, email, display_name AS "displayName", locale FROM users WHERE id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        { email: r.email, displayName: r.displayName, locale: isLocale(r.locale) ? r.locale : DEFAULT_LOCALE },
      ]),
    );
  }

  /**
   * The language to invite an address in: its own user's, when it already has an account;
   * otherwise the inviter's (whoever invites a colleague likely shares their language).
   */
  async invitationLocale(db: Db, invitation: { id: string; email: string }): Promise<Locale | undefined> {
    const rows: Array<{ locale: string | null }> = await db.query(
      `SELECT coalesce(
                (SELECT locale FROM users WHERE lower(email) = lower($1)),
                (SELECT u.locale FROM invitations i JOIN users u ON u.id = i.invited_by WHERE i.id = $2)
              ) AS locale`,
      [invitation.email, invitation.id],
    );
    const locale = rows[0]?.locale;
    return isLocale(locale) ? locale : undefined;
  }

  async platformAdminExists(db: Db): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE o.kind = 'platform' LIMIT 1`,
    );
    return rows.length > 0;
  }
}
