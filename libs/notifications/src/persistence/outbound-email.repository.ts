import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

export type OutboundEmailStatus = 'pending' | 'sent' | 'failed' | 'skipped';

export interface OutboundEmailRecord {
  id: string;
  eventId: string;
  template: string;
  to: string;
  subject: string;
  text: string;
  status: OutboundEmailStatus;
  attempts: number;
}

export interface NewEmail {
  eventId: string;
  template: string;
  to: string;
  userId: string | null;
  subject: string;
  text: string;
}

const COLUMNS = `e.id, e.event_id AS "eventId", e.template, e.to_address AS "to", e.subject, e.body_text AS "text",
  e.status, e.attempts`;

/** Every email we mean to send, one per event, template and address, with its outcome. */
@Injectable()
export class OutboundEmailRepository {
  async insertMany(tx: Db, rows: readonly NewEmail[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO outbound_emails (event_id, template, to_address, user_id, subject, body_text)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[])
       ON CONFLICT (event_id, template, to_address) DO NOTHING`,
      [
        rows.map((r) => r.eventId),
        rows.map((r) => r.template),
        rows.map((r) => r.to),
        rows.map((r) => r.userId),
        rows.map((r) => r.subject),
        rows.map((r) => r.text),
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
   * Records an attempt's outcome. Once an email is settled (sent, skipped or given up),
   * any `token=` in its text is redacted: an invitation link is a credential, and the row
   * should not keep a usable copy of it.
   */
  async recordAttempt(
    db: Db,
    id: string,
    outcome: { status: OutboundEmailStatus; error: string | null },
  ): Promise<void> {
    await db.query(
      `UPDATE outbound_emails
          SET status = $2::text, attempts = attempts + CASE WHEN $2::text = 'skipped' THEN 0 ELSE 1 END, last_error = $3,
              sent_at = CASE WHEN $2::text = 'sent' THEN now() ELSE sent_at END,
              body_text = CASE WHEN $2::text = 'pending' THEN body_text
                               ELSE regexp_replace(body_text, '([?&]token=)[A-Za-z0-9_%-]+', '\\1[redacted]', 'g') END
        WHERE id = $1`,
      [id, outcome.status, outcome.error?.slice(0, 1000) ?? null],
    );
  }
}
