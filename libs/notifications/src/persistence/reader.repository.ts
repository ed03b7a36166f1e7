import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { type Locale, localeOr } from '../templates/locale';

/** Whom an email goes to, and how to speak to them. */
export interface Reader {
  email: string;
  displayName: string;
  locale: Locale;
}

/**
 * The people notifications write to: their address, name and language (`users.locale`).
 *
 * Identity owns `users`; its `OrganizationDirectory` gives addresses but not yet a user's
 * language, so these read-only queries stand in for it. When the directory tells the
 * language, this class becomes a thin adapter over it and the use cases do not change.
 */
@Injectable()
export class ReaderRepository {
  /** The readers among these users, by id; unknown (deleted) users are left out. */
  async readersOf(db: Db, userIds: readonly string[]): Promise<Map<string, Reader>> {
    if (userIds.length === 0) return new Map();
    const rows: Array<{ id: string; email: string; displayName: string; locale: string }> = await db.query(
      `SELECT id, email, display_name AS "displayName", locale FROM users WHERE id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, { email: r.email, displayName: r.displayName, locale: localeOr(r.locale) }]));
  }

  /**
   * The language to invite an address in: its own user's, when it already has an account;
   * otherwise the inviter's (whoever invites a colleague likely shares their language);
   * otherwise none.
   */
  async invitationLocale(db: Db, invitation: { id: string; email: string }): Promise<Locale | undefined> {
    const rows: Array<{ locale: string | null }> = await db.query(
      `SELECT coalesce(
                (SELECT locale FROM users WHERE lower(email) = lower($1)),
                (SELECT u.locale FROM invitations i JOIN users u ON u.id = i.invited_by WHERE i.id = $2)
              ) AS locale`,
      [invitation.email, invitation.id],
    );
    return rows[0]?.locale ? localeOr(rows[0].locale) : undefined;
  }
}
