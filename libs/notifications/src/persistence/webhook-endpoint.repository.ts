import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

export interface WebhookEndpointRecord {
  id: string;
  organizationId: string;
  url: string;
  events: string[];
  active: boolean;
  createdAt: Date;
}

/** An endpoint with its secret: only for signing deliveries, and once at creation. */
export interface WebhookEndpointWithSecret extends WebhookEndpointRecord {
  secret: string;
}

const COLUMNS = `w.id, w.organization_id AS "organizationId", w.url, w.event_types AS events, w.active,
  w.created_at AS "createdAt"`;

/** Organizations' webhook endpoints. Reads for the API name the organization. */
@Injectable()
export class WebhookEndpointRepository {
  async insert(
    tx: Db,
    endpoint: { organizationId: string; url: string; secret: string; events: string[]; createdBy: string },
  ): Promise<WebhookEndpointRecord> {
    const rows: WebhookEndpointRecord[] = await tx.query(
      `INSERT INTO webhook_endpoints AS w (organization_id, url, secret, event_types, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [endpoint.organizationId, endpoint.url, endpoint.secret, endpoint.events, endpoint.createdBy],
    );
    return rows[0];
  }

  /** How many endpoints the organization has, counted under a lock on the organization. */
  async countForUpdate(tx: Db, organizationId: string): Promise<number> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('webhook_endpoints:' || $1::text))`, [organizationId]);
    const [{ count }]: Array<{ count: number }> = await tx.query(
      `SELECT count(*)::int AS count FROM webhook_endpoints WHERE organization_id = $1`,
      [organizationId],
    );
    return count;
  }

  async ofOrganization(db: Db, organizationId: string): Promise<WebhookEndpointRecord[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM webhook_endpoints w WHERE w.organization_id = $1 ORDER BY w.created_at, w.id`,
      [organizationId],
    );
  }

  async find(db: Db, organizationId: string, id: string): Promise<WebhookEndpointRecord | undefined> {
    const rows: WebhookEndpointRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM webhook_endpoints w WHERE w.organization_id = $1 AND w.id = $2`,
      [organizationId, id],
    );
    return rows[0];
  }

  /** Deletes the endpoint and, with it, its delivery log. */
  async delete(tx: Db, organizationId: string, id: string): Promise<boolean> {
    const [, deleted]: [unknown, number] = await tx.query(
      `DELETE FROM webhook_endpoints WHERE organization_id = $1 AND id = $2`,
      [organizationId, id],
    );
    return Number(deleted) > 0;
  }

  /** The active endpoints of these organizations that subscribe to `eventType`. */
  async subscribers(db: Db, organizationIds: readonly string[], eventType: string): Promise<WebhookEndpointRecord[]> {
    if (organizationIds.length === 0) return [];
    return db.query(
      `SELECT ${COLUMNS} FROM webhook_endpoints w
        WHERE w.organization_id = ANY($1::uuid[]) AND w.active AND $2 = ANY(w.event_types)
        ORDER BY w.created_at, w.id`,
      [organizationIds, eventType],
    );
  }
}
