import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

/**
 * `sent` went out over SMTP; `written` was written to the development mail directory
 * instead (never in production); `skipped` was recorded only, with nowhere to send it.
 */
export type OutboundEmailStatus = 'pending' | 'sent' | 'written' | 'failed' | 'skipped';

export interface OutboundEmailRecord {
  id: string;
  eventId: string;
  template: string;
  to: string;
  subject: string;
  text: string;
  /** Null for emails recorded before they had an HTML part. */
  html: string | null;
  status: OutboundEmailStatus;
  attempts: number;
}

export interface NewEmail {
  eventId: string;
  template: string;
  to: string;
  userId: string | null;
  locale: string;
  subject: string;
  text: string;
  html: string;
}

const COLUMNS = `e.id, e.event_id AS "eventId", e.template, e.to_address AS "to", e.subject, e.body_text AS "text",
  e.body_html AS "html", e.status, e.attempts`;

/** A one-time token in a link's query, in text or in HTML; the parameter name kept. */
const TOKEN_IN_LINK = '((?:[?&]|&amp;)token=)[A-Za-z0-9_%-]+';

/** Every email we mean to send, one per event, template and address, with its outcome. */
@Injectable()
export class OutboundEmailRepository {
  async insertMany(tx: Db, rows: readonly NewEmail[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO outbound_emails (event_id, template, to_address, user_id, locale, subject, body_text, body_html)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[])
       ON CONFLICT (event_id, template, to_address) DO NOTHING`,
      [
        rows.map((r) => r.eventId),
        rows.map((r) => r.template),
        rows.map((r) => r.to),
        rows.map((r) => r.userId),
        rows.map((r) => r.locale),
        rows.map((r) => r.subject),
        rows.map((r) => r.text),
        rows.map((r) => r.html),
      ],
    );
  }

  async pendingIdsOfEvent(db: Db, eventId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM outbound_emails WHERE event_id = $1 AND status = 'pending' ORDER BY id`,
      [eventId],
    );
    return rows.map((r) => r.id);
  }

  async find(db: Db, id: string): Promise<OutboundEmailRecord | undefined> {
    const rows: OutboundEmailRecord[] = await db.query(`SELECT ${COLUMNS} FROM outbound_emails e WHERE e.id = $1`, [
      id,
    ]);
    return rows[0];
  }

  /**
   * Records an attempt's outcome. Once an email is settled (sent, written, skipped or
   * given up), any `token=` in its text and HTML is redacted: an invitation, password-reset
   * or verification link is a credential, and the row should not keep a usable copy of it.
   * (In HTML a later parameter's `&` is written `&amp;`.)
   */
  async recordAttempt(
    db: Db,
    id: string,
    outcome: { status: OutboundEmailStatus; error: string | null },
  ): Promise<void> {
    await db.query(
      `UPDATE outbound_emails
          SET status = $2::text, attempts = attempts + CASE WHEN $2::text = 'skipped' THEN 0 ELSE 1 END, last_error = $3,
              sent_at = CASE WHEN $2::text IN ('sent', 'written') THEN now() ELSE sent_at END,
              body_text = CASE WHEN $2::text = 'pending' THEN body_text
                               ELSE regexp_replace(body_text, $4, '\\1[redacted]', 'g') END,
              body_html = CASE WHEN $2::text = 'pending' THEN body_html
                               ELSE regexp_replace(body_html, $4, '\\1[redacted]', 'g') END
        WHERE id = $1`,
      [id, outcome.status, outcome.error?.slice(0, 1000) ?? null, TOKEN_IN_LINK],
    );
  }
}
