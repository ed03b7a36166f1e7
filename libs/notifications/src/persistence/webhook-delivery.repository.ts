import { Injectable } from '@nestjs/common';
import { type Db, SecretBox, SecretBoxError } from '@rongtong/platform';
import { WEBHOOK_SECRET_PURPOSE } from './webhook-endpoint.repository';

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookDeliveryRecord {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
}

/**
 * What an attempt needs: the delivery, and where and with what secret to send it (null
 * when the stored secret cannot be opened with `SECRETS_KEY` or `SECRETS_OLD_KEYS`).
 */
export interface DeliveryTarget {
  delivery: WebhookDeliveryRecord;
  url: string;
  secret: string | null;
  active: boolean;
}

export interface NewDelivery {
  endpointId: string;
  eventId: string;
  eventType: string;
  occurredAt: string;
  payload: object;
}

const COLUMNS = `d.id, d.endpoint_id AS "endpointId", d.event_id AS "eventId", d.event_type AS "eventType",
  d.occurred_at AS "occurredAt", d.payload, d.status, d.attempts, d.last_status_code AS "lastStatusCode",
  d.last_error AS "lastError", d.last_attempt_at AS "lastAttemptAt", d.next_attempt_at AS "nextAttemptAt",
  d.created_at AS "createdAt"`;

/** The delivery log: one row per endpoint and event, updated by each attempt. */
@Injectable()
export class WebhookDeliveryRepository {
  constructor(private readonly secrets: SecretBox) {}

  async insertMany(tx: Db, rows: readonly NewDelivery[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO webhook_deliveries (endpoint_id, event_id, event_type, occurred_at, payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::jsonb[])
       ON CONFLICT (endpoint_id, event_id) DO NOTHING`,
      [
        rows.map((r) => r.endpointId),
        rows.map((r) => r.eventId),
        rows.map((r) => r.eventType),
        rows.map((r) => r.occurredAt),
        rows.map((r) => JSON.stringify(r.payload)),
      ],
    );
  }

  /** The deliveries of an event still to be made (to enqueue, again if need be). */
  async pendingIdsOfEvent(db: Db, eventId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM webhook_deliveries WHERE event_id = $1 AND status = 'pending' ORDER BY id`,
      [eventId],
    );
    return rows.map((r) => r.id);
  }

  async target(db: Db, id: string): Promise<DeliveryTarget | undefined> {
    const rows: Array<WebhookDeliveryRecord & { url: string; secret: string; active: boolean }> = await db.query(
      `SELECT ${COLUMNS}, w.url, w.secret, w.active
         FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
        WHERE d.id = $1`,
      [id],
    );
    if (!rows[0]) return undefined;
    const { url, secret, active, ...delivery } = rows[0];
    return { delivery, url, secret: this.openSecret(secret), active };
  }

  private openSecret(stored: string): string | null {
    // Rows from before sealing began hold the secret itself until the sweep seals them.
    if (!SecretBox.isSealed(stored)) return stored;
    try {
      return this.secrets.open(stored, WEBHOOK_SECRET_PURPOSE);
    } catch (error) {
      if (error instanceof SecretBoxError) return null;
      throw error;
    }
  }

  async recordAttempt(
    db: Db,
    id: string,
    attempt: {
      status: WebhookDeliveryStatus;
      statusCode: number | null;
      error: string | null;
      nextAttemptAt: Date | null;
    },
  ): Promise<void> {
    await db.query(
      `UPDATE webhook_deliveries
          SET status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4,
              last_attempt_at = now(), next_attempt_at = $5
        WHERE id = $1`,
      [id, attempt.status, attempt.statusCode, attempt.error?.slice(0, 1000) ?? null, attempt.nextAttemptAt],
    );
  }

  /** An endpoint's log, newest first; the endpoint must be the organization's. */
  async ofEndpoint(
    db: Db,
    organizationId: string,
    endpointId: string,
    limit: number,
  ): Promise<WebhookDeliveryRecord[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM webhook_deliveries d
         JOIN webhook_endpoints w ON w.id = d.endpoint_id AND w.organization_id = $1
        WHERE d.endpoint_id = $2
        ORDER BY d.created_at DESC, d.id DESC LIMIT $3`,
      [organizationId, endpointId, limit],
    );
  }
}
