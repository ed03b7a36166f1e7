import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { REVIEW_REVEAL_DAYS, type Side } from '../domain';

export interface ReviewRecord {
  id: string;
  dealId: string;
  authorSide: Side;
  authorUserId: string;
  authorOrganizationId: string;
  subjectOrganizationId: string;
  listingId: string | null;
  rating: number;
  body: string;
  createdAt: Date;
}

export type NewReview = Omit<ReviewRecord, 'id' | 'createdAt'>;

/** A revealed review as the public sees it: what was said about which listing, not who said it. */
export interface PublicReviewRecord {
  id: string;
  listingId: string | null;
  listingTitle: string;
  dealKind: string;
  rating: number;
  body: string;
  createdAt: Date;
}

export interface RatingSummary {
  /** Mean rating to 2 decimals; null without reviews. */
  averageRating: number | null;
  count: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface RevealedReviews {
  items: PublicReviewRecord[];
  summary: RatingSummary;
}

const COLUMNS = `r.id, r.deal_id AS "dealId", r.author_side AS "authorSide", r.author_user_id AS "authorUserId",
  r.author_organization_id AS "authorOrganizationId", r.subject_organization_id AS "subjectOrganizationId",
  r.listing_id AS "listingId", r.rating, r.body, r.created_at AS "createdAt"`;

/**
 * When the deal `d` finished: when it closed, or for a licence (agreed, never closed) when
 * it was accepted, from its audit trail; `updated_at` if neither is known.
 */
const FINISHED_AT = `COALESCE(d.closed_at,
  (SELECT max(e.created_at) FROM deal_events e WHERE e.deal_id = d.id AND e.to_state = 'accepted'),
  d.updated_at)`;

/**
 * The reveal rule of `areReviewsRevealed`, for review `r` of deal `d`, in SQL so that
 * public lists can be filtered, paged and averaged by the database. `$1` is the number
 * of days.
 */
const REVEALED = `(EXISTS (SELECT 1 FROM reviews o WHERE o.deal_id = r.deal_id AND o.author_side <> r.author_side)
  OR ${FINISHED_AT} <= now() - make_interval(days => $1::int))`;

/** Reviews of deals. Public reads go through `REVEALED`; a deal's own reads name the deal. */
@Injectable()
export class ReviewRepository {
  /** The review, or undefined when this side of the deal already wrote one (the unique key decides). */
  async insertOnce(tx: Db, review: NewReview): Promise<ReviewRecord | undefined> {
    const rows: ReviewRecord[] = await tx.query(
      `INSERT INTO reviews AS r (deal_id, author_side, author_user_id, author_organization_id,
                                 subject_organization_id, listing_id, rating, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (deal_id, author_side) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        review.dealId,
        review.authorSide,
        review.authorUserId,
        review.authorOrganizationId,
        review.subjectOrganizationId,
        review.listingId,
        review.rating,
        review.body,
      ],
    );
    return rows[0];
  }

  /** A deal's reviews (at most one per side) and when the deal finished. */
  async ofDeal(db: Db, dealId: string): Promise<{ reviews: ReviewRecord[]; finishedAt: Date | null }> {
    const reviews: ReviewRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM reviews r WHERE r.deal_id = $1 ORDER BY r.created_at, r.id`,
      [dealId],
    );
    const finished: { finishedAt: Date | null }[] = await db.query(
      `SELECT ${FINISHED_AT} AS "finishedAt" FROM deals d WHERE d.id = $1`,
      [dealId],
    );
    return { reviews, finishedAt: finished[0]?.finishedAt ?? null };
  }

  /**
   * Records that the deal's reviews were revealed and announced; false when that was
   * already recorded (announced once, whichever way it came).
   */
  async markRevealed(tx: Db, dealId: string): Promise<boolean> {
    const [, updated]: [unknown, number] = await tx.query(
      `UPDATE deals SET reviews_revealed_at = now() WHERE id = $1 AND reviews_revealed_at IS NULL`,
      [dealId],
    );
    return updated > 0;
  }

  /** Deals with a review whose blind period ran out and whose reveal nobody announced yet. */
  async revealedUnannounced(db: Db, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT d.id FROM deals d
        WHERE d.reviews_revealed_at IS NULL AND d.id IN (SELECT r.deal_id FROM reviews r)
          AND ${FINISHED_AT} <= now() - make_interval(days => $1::int)
        ORDER BY d.id LIMIT $2`,
      [REVIEW_REVEAL_DAYS, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Revealed reviews the requesters wrote about the provider of one listing, newest first. */
  async revealedOfListing(db: Db, listingId: string, page: Page): Promise<RevealedReviews> {
    return this.revealed(db, 'listing_id', listingId, 'requester', page);
  }

  /**
   * Revealed reviews of an organization, newest first: by requesters (of it as a
   * provider) or by providers (of it as a requester).
   */
  async revealedAboutOrganization(db: Db, organizationId: string, author: Side, page: Page): Promise<RevealedReviews> {
    return this.revealed(db, 'subject_organization_id', organizationId, author, page);
  }

  /**
   * The revealed ratings requesters gave each of these organizations as a provider, in one
   * query; organizations without any are absent.
   */
  async providerSummaries(db: Db, organizationIds: readonly string[]): Promise<Map<string, RatingSummary>> {
    if (organizationIds.length === 0) return new Map();
    const rows: Array<RatingSummary & { organizationId: string }> = await db.query(
      `SELECT r.subject_organization_id AS "organizationId", round(avg(r.rating), 2)::float8 AS "averageRating",
              count(*)::int AS count
       FROM reviews r JOIN deals d ON d.id = r.deal_id
       WHERE r.subject_organization_id = ANY($2::uuid[]) AND r.author_side = 'requester' AND ${REVEALED}
       GROUP BY r.subject_organization_id`,
      [REVIEW_REVEAL_DAYS, organizationIds],
    );
    return new Map(rows.map(({ organizationId, ...summary }) => [organizationId, summary]));
  }

  /** The providers whose revealed average rating (as `providerSummaries` rounds it) is at least `min`. */
  async providersRatedAtLeast(db: Db, min: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT r.subject_organization_id AS id
       FROM reviews r JOIN deals d ON d.id = r.deal_id
       WHERE r.author_side = 'requester' AND ${REVEALED}
       GROUP BY r.subject_organization_id
       HAVING round(avg(r.rating), 2) >= $2`,
      [REVIEW_REVEAL_DAYS, min],
    );
    return rows.map((r) => r.id);
  }

  private async revealed(
    db: Db,
    column: 'listing_id' | 'subject_organization_id',
    id: string,
    author: Side,
    page: Page,
  ): Promise<RevealedReviews> {
    const from = `FROM reviews r JOIN deals d ON d.id = r.deal_id
      WHERE r.${column} = $2 AND r.author_side = $3 AND ${REVEALED}`;
    const params = [REVIEW_REVEAL_DAYS, id, author];
    const [summary]: RatingSummary[] = await db.query(
      `SELECT round(avg(r.rating), 2)::float8 AS "averageRating", count(*)::int AS count ${from}`,
      params,
    );
    const items: PublicReviewRecord[] =
      page.limit === 0 || summary.count <= page.offset
        ? []
        : await db.query(
            `SELECT r.id, r.listing_id AS "listingId", d.listing_title AS "listingTitle", d.kind AS "dealKind",
                    r.rating, r.body, r.created_at AS "createdAt"
             ${from}
             ORDER BY r.created_at DESC, r.id
             LIMIT $4 OFFSET $5`,
            [...params, page.limit, page.offset],
          );
    return { items, summary };
  }
}
