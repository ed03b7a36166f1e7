import { Injectable } from '@nestjs/common';
import { type Db, SecretBox, SecretBoxError } from '@rongtong/platform';
import { WebhookEndpointEntity, type WebhookEndpointRow } from './entities';

/** What the signing secret is sealed for (`SecretBox` authenticates it with the value). */
export const WEBHOOK_SECRET_PURPOSE = 'webhook_endpoints.secret';

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

/** An endpoint's row as the API sees it (never its secret): the one place rows become records. */
function toRecord(row: WebhookEndpointRow): WebhookEndpointRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    url: row.url,
    events: row.eventTypes,
    active: row.active,
    createdAt: row.createdAt,
  };
}

/** The columns of `WebhookEndpointRecord`, for the statements written in SQL. */
const COLUMNS = `w.id, w.organization_id AS "organizationId", w.url, w.event_types AS events, w.active,
  w.created_at AS "createdAt"`;

/**
 * Organizations' webhook endpoints. Reads for the API name the organization. Signing
 * secrets are stored sealed (`SecretBox`) and never read back here.
 */
@Injectable()
export class WebhookEndpointRepository {
  constructor(private readonly secrets: SecretBox) {}

  async insert(
    tx: Db,
    endpoint: { organizationId: string; url: string; secret: string; events: string[]; createdBy: string },
  ): Promise<WebhookEndpointRecord> {
    const rows: WebhookEndpointRecord[] = await tx.query(
      `INSERT INTO webhook_endpoints AS w (organization_id, url, secret, event_types, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [
        endpoint.organizationId,
        endpoint.url,
        this.secrets.seal(endpoint.secret, WEBHOOK_SECRET_PURPOSE),
        endpoint.events,
        endpoint.createdBy,
      ],
    );
    return rows[0];
  }

  /**
   * Seals, under the current key, up to `limit` secrets that are not: written before
   * sealing began, or sealed under a key since rotated out (still in `SECRETS_OLD_KEYS`).
   * Rows another sweep holds are skipped, and so are rows no configured key opens (they
   * are counted as `unopened`). Takes rows after `afterId`; `lastId` is where to go on.
   */
  async sealOutdatedSecrets(
    tx: Db,
    afterId: string | null,
    limit: number,
  ): Promise<{ seen: number; sealed: number; unopened: number; lastId: string | null }> {
    const rows: Array<{ id: string; secret: string }> = await tx.query(
      `SELECT id, secret FROM webhook_endpoints WHERE secret NOT LIKE $1 AND ($2::uuid IS NULL OR id > $2)
        ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [`${this.secrets.currentPrefix}%`, afterId, limit],
    );
    let sealed = 0;
    for (const row of rows) {
      let plain: string;
      try {
        plain = SecretBox.isSealed(row.secret) ? this.secrets.open(row.secret, WEBHOOK_SECRET_PURPOSE) : row.secret;
      } catch (error) {
        if (error instanceof SecretBoxError) continue;
        throw error;
      }
      await tx.query(`UPDATE webhook_endpoints SET secret = $2 WHERE id = $1`, [
        row.id,
        this.secrets.seal(plain, WEBHOOK_SECRET_PURPOSE),
      ]);
      sealed += 1;
    }
    return { seen: rows.length, sealed, unopened: rows.length - sealed, lastId: rows.at(-1)?.id ?? afterId };
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
    const rows = await db
      .getRepository(WebhookEndpointEntity)
      .find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toRecord);
  }

  async find(db: Db, organizationId: string, id: string): Promise<WebhookEndpointRecord | undefined> {
    const row = await db.getRepository(WebhookEndpointEntity).findOneBy({ organizationId, id });
    return row ? toRecord(row) : undefined;
  }

  /** Sets whether the endpoint is active; undefined if the organization has no such endpoint. */
  async setActive(
    db: Db,
    organizationId: string,
    id: string,
    active: boolean,
  ): Promise<WebhookEndpointRecord | undefined> {
    const result = await db.getRepository(WebhookEndpointEntity).update({ organizationId, id }, { active });
    return result.affected ? this.find(db, organizationId, id) : undefined;
  }

  /** Deletes the endpoint and, with it, its delivery log. */
  async delete(tx: Db, organizationId: string, id: string): Promise<boolean> {
    const result = await tx.getRepository(WebhookEndpointEntity).delete({ organizationId, id });
    return (result.affected ?? 0) > 0;
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
