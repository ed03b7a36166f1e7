import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

/** Whose feed: an enterprise's (every booking it is a party to) or one equipment listing's. */
export interface FeedScope {
  organizationId: string;
  listingId: string | null;
}

export interface CalendarFeedRecord extends FeedScope {
  id: string;
  nonce: string;
  tokenHash: string;
}

/** A booking as a feed shows it: times, the listing, both parties' names, nothing more. */
export interface FeedBooking {
  dealId: string;
  start: Date;
  end: Date;
  listingTitle: string;
  providerOrganizationId: string;
  providerName: string;
  requesterName: string;
  updatedAt: Date;
}

const COLUMNS = `id, organization_id AS "organizationId", listing_id AS "listingId", nonce, token_hash AS "tokenHash"`;

/** `calendar_feeds` and the bookings a feed lists. */
@Injectable()
export class CalendarFeedRepository {
  async find(db: Db, scope: FeedScope): Promise<CalendarFeedRecord | undefined> {
    const rows: CalendarFeedRecord[] = await db.query(
      scope.listingId
        ? `SELECT ${COLUMNS} FROM calendar_feeds WHERE listing_id = $1`
        : `SELECT ${COLUMNS} FROM calendar_feeds WHERE organization_id = $1 AND listing_id IS NULL`,
      [scope.listingId ?? scope.organizationId],
    );
    return rows[0];
  }

  async findByTokenHash(db: Db, tokenHash: string): Promise<CalendarFeedRecord | undefined> {
    const rows: CalendarFeedRecord[] = await db.query(`SELECT ${COLUMNS} FROM calendar_feeds WHERE token_hash = $1`, [
      tokenHash,
    ]);
    return rows[0];
  }

  /** Removes the scope's feed (its URL then answers 404). */
  async delete(db: Db, scope: FeedScope): Promise<void> {
    await db.query(
      scope.listingId
        ? `DELETE FROM calendar_feeds WHERE listing_id = $1`
        : `DELETE FROM calendar_feeds WHERE organization_id = $1 AND listing_id IS NULL`,
      [scope.listingId ?? scope.organizationId],
    );
  }

  async insert(
    db: Db,
    scope: FeedScope,
    feed: { nonce: string; tokenHash: string; createdBy: string },
  ): Promise<CalendarFeedRecord> {
    const [row]: CalendarFeedRecord[] = await db.query(
      `INSERT INTO calendar_feeds (organization_id, listing_id, nonce, token_hash, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [scope.organizationId, scope.listingId, feed.nonce, feed.tokenHash, feed.createdBy],
    );
    return row;
  }

  async setTokenHash(db: Db, id: string, tokenHash: string): Promise<void> {
    await db.query(`UPDATE calendar_feeds SET token_hash = $2 WHERE id = $1`, [id, tokenHash]);
  }

  /**
   * Confirmed and completed bookings of the scope, from 90 days back: a listing's, or
   * those the enterprise is a party to on either side.
   */
  async bookings(db: Db, scope: FeedScope): Promise<FeedBooking[]> {
    return db.query<FeedBooking[]>(
      `SELECT d.id AS "dealId", lower(b.during) AS start, upper(b.during) AS "end", d.listing_title AS "listingTitle",
              d.provider_organization_id AS "providerOrganizationId", p.name AS "providerName",
              r.name AS "requesterName", d.updated_at AS "updatedAt"
         FROM deals d
         JOIN bookings b ON b.deal_id = d.id
         JOIN organizations p ON p.id = d.provider_organization_id
         JOIN organizations r ON r.id = d.requester_organization_id
        WHERE d.kind = 'booking' AND d.state IN ('confirmed', 'completed')
          AND upper(b.during) > now() - interval '90 days'
          AND ${scope.listingId ? 'd.listing_id = $1' : '(d.provider_organization_id = $1 OR d.requester_organization_id = $1)'}
        ORDER BY lower(b.during)
        LIMIT 5000`,
      [scope.listingId ?? scope.organizationId],
    );
  }
}

/** A deal as an accountant's row. */
export interface DealExportRow {
  id: string;
  kind: string;
  state: string;
  listingTitle: string;
  providerOrganizationId: string;
  providerName: string;
  requesterOrganizationId: string;
  requesterName: string;
  terms: Record<string, unknown>;
  createdAt: Date;
  closedAt: Date | null;
}

/** The deals an enterprise is a party to, opened in [from, to) (China's days). */
@Injectable()
export class DealExportRepository {
  async forOrganization(db: Db, organizationId: string, from: string, to: string): Promise<DealExportRow[]> {
    return db.query<DealExportRow[]>(
      `SELECT d.id, d.kind, d.state, d.listing_title AS "listingTitle",
              d.provider_organization_id AS "providerOrganizationId", p.name AS "providerName",
              d.requester_organization_id AS "requesterOrganizationId", r.name AS "requesterName",
              d.terms, d.created_at AS "createdAt", d.closed_at AS "closedAt"
         FROM deals d
         JOIN organizations p ON p.id = d.provider_organization_id
         JOIN organizations r ON r.id = d.requester_organization_id
        WHERE (d.provider_organization_id = $1 OR d.requester_organization_id = $1)
          AND d.created_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
          AND d.created_at < (($3::date + 1))::timestamp AT TIME ZONE 'Asia/Shanghai'
        ORDER BY d.created_at, d.id`,
      [organizationId, from, to],
    );
  }
}
