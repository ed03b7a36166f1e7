import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { DealPrefill, MatchReason, MatchStatus, ScoredMatch } from '../domain';
import type { DemandRecord } from './demand.repository';

export interface MatchRecord {
  id: string;
  demandId: string;
  listingId: string;
  providerOrganizationId: string;
  score: number;
  factors: MatchReason[];
  status: MatchStatus;
  dismissReason: string | null;
  providerInterestAt: Date | null;
  providerInterestBy: string | null;
  dealRequest: DealPrefill | null;
  dealId: string | null;
  rankVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A match as its provider sees it, with the demand it answers. */
export interface ProviderMatchRecord {
  match: MatchRecord;
  demand: DemandRecord;
}

export interface UpsertResult {
  /** Listings proposed for the first time. */
  inserted: { id: string; listingId: string }[];
  /** Proposed matches whose score and reasons were refreshed. */
  updated: { id: string; listingId: string }[];
}

const COLUMNS = `
  m.id, m.demand_id AS "demandId", m.listing_id AS "listingId", m.provider_organization_id AS "providerOrganizationId",
  m.score::float8 AS score, m.factors, m.status, m.dismiss_reason AS "dismissReason",
  m.provider_interest_at AS "providerInterestAt", m.provider_interest_by AS "providerInterestBy",
  m.deal_request AS "dealRequest", m.deal_id AS "dealId", m.rank_version AS "rankVersion",
  m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

/** The demand's columns under a prefix, for the provider's joined reads. */
const DEMAND_JSON = `jsonb_build_object(
  'id', d.id, 'organizationId', d.organization_id, 'createdBy', d.created_by, 'kind', d.kind, 'title', d.title,
  'description', d.description, 'category', d.category, 'regionCode', d.region_code,
  'locationPreference', d.location_preference, 'certifications', to_jsonb(d.certifications),
  'budgetFen', d.budget_fen, 'deadline', to_char(d.deadline, 'YYYY-MM-DD'), 'visibility', d.visibility,
  'details', d.details, 'status', d.status, 'statusReason', d.status_reason, 'version', d.version,
  'createdAt', d.created_at, 'updatedAt', d.updated_at, 'closedAt', d.closed_at) AS demand`;

type ProviderRow = MatchRecord & { demand: Record<string, unknown> };

function toProviderRecord(row: ProviderRow): ProviderMatchRecord {
  const { demand, ...match } = row;
  const at = (value: unknown) => (value === null ? null : new Date(value as string));
  return {
    match,
    demand: {
      ...demand,
      createdAt: at(demand.createdAt),
      updatedAt: at(demand.updatedAt),
      closedAt: at(demand.closedAt),
    } as unknown as DemandRecord,
  };
}

/**
 * Matches of demands to listings. The owner's reads and writes name the organizations
 * the caller acts for (the demand's side); the provider's name the provider organizations;
 * `upsertMatches` and `removeStaleProposed` are the matcher's.
 */
@Injectable()
export class MatchRepository {
  /** The demand's matches, best first; dismissed ones only when asked for. */
  async listForDemand(
    db: Db,
    organizationIds: readonly string[],
    demandId: string,
    options: { includeDismissed?: boolean } = {},
  ): Promise<MatchRecord[]> {
    return db.query(
      `SELECT ${COLUMNS} FROM demand_matches m JOIN demands d ON d.id = m.demand_id
        WHERE m.demand_id = $1 AND d.organization_id = ANY($2::uuid[])
          AND ($3::boolean OR m.status <> 'dismissed')
        ORDER BY m.score DESC, m.created_at, m.id`,
      [demandId, organizationIds, options.includeDismissed === true],
    );
  }

  /** One match of a demand of the given organizations. */
  async get(
    db: Db,
    organizationIds: readonly string[],
    demandId: string,
    matchId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<MatchRecord | undefined> {
    const rows: MatchRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM demand_matches m JOIN demands d ON d.id = m.demand_id
        WHERE m.id = $1 AND m.demand_id = $2 AND d.organization_id = ANY($3::uuid[])
        ${options.forUpdate ? 'FOR UPDATE OF m' : ''}`,
      [matchId, demandId, organizationIds],
    );
    return rows[0];
  }

  async dismiss(tx: Db, matchId: string, reason: string): Promise<MatchRecord> {
    const [[row]]: [MatchRecord[], number] = await tx.query(
      `UPDATE demand_matches m SET status = 'dismissed', dismiss_reason = $2, updated_at = now()
        WHERE m.id = $1 RETURNING ${COLUMNS}`,
      [matchId, reason],
    );
    return row;
  }

  /**
   * Keeps the first prefilled deal request an accept made for this match, so retries and
   * concurrent accepts open the same deal; returns the one kept.
   */
  async claimDealRequest(db: Db, matchId: string, request: DealPrefill): Promise<DealPrefill> {
    const [[row]]: [{ dealRequest: DealPrefill }[], number] = await db.query(
      `UPDATE demand_matches SET deal_request = COALESCE(deal_request, $2::jsonb), updated_at = now()
        WHERE id = $1 RETURNING deal_request AS "dealRequest"`,
      [matchId, JSON.stringify(request)],
    );
    return row.dealRequest;
  }

  /** Forgets a prefilled request the deals context refused, so the next accept prefills afresh. */
  async clearDealRequest(db: Db, matchId: string): Promise<void> {
    await db.query(`UPDATE demand_matches SET deal_request = NULL WHERE id = $1 AND deal_id IS NULL`, [matchId]);
  }

  /** The deal an accept opened: the match is accepted. */
  async attachDeal(tx: Db, matchId: string, dealId: string): Promise<MatchRecord> {
    const [[row]]: [MatchRecord[], number] = await tx.query(
      `UPDATE demand_matches m SET status = 'accepted', deal_id = $2, updated_at = now()
        WHERE m.id = $1 RETURNING ${COLUMNS}`,
      [matchId, dealId],
    );
    return row;
  }

  /**
   * A match of one of the given provider organizations on a demand providers may see,
   * not dismissed, with that demand.
   */
  async findForProvider(
    db: Db,
    providerOrganizationIds: readonly string[],
    matchId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<ProviderMatchRecord | undefined> {
    const rows: ProviderRow[] = await db.query(
      `SELECT ${COLUMNS}, ${DEMAND_JSON} FROM demand_matches m JOIN demands d ON d.id = m.demand_id
        WHERE m.id = $1 AND m.provider_organization_id = ANY($2::uuid[])
          AND d.visibility = 'providers' AND m.status <> 'dismissed'
        ${options.forUpdate ? 'FOR UPDATE OF m' : ''}`,
      [matchId, providerOrganizationIds],
    );
    return rows[0] && toProviderRecord(rows[0]);
  }

  /** The given provider organizations' matches (not dismissed) on a demand providers may see. */
  async findForProviderByDemand(
    db: Db,
    providerOrganizationIds: readonly string[],
    demandId: string,
  ): Promise<ProviderMatchRecord[]> {
    const rows: ProviderRow[] = await db.query(
      `SELECT ${COLUMNS}, ${DEMAND_JSON} FROM demand_matches m JOIN demands d ON d.id = m.demand_id
        WHERE m.demand_id = $1 AND m.provider_organization_id = ANY($2::uuid[])
          AND d.visibility = 'providers' AND m.status <> 'dismissed'
        ORDER BY m.score DESC, m.id`,
      [demandId, providerOrganizationIds],
    );
    return rows.map(toProviderRecord);
  }

  /**
   * The demands matched to the given provider organizations' listings, newest match
   * first: only demands providers may see, never a dismissed match; by default only
   * demands still wanted (open or matched).
   */
  async listForProviders(
    db: Db,
    providerOrganizationIds: readonly string[],
    filter: { includeClosed?: boolean; listingId?: string; limit: number; offset: number },
  ): Promise<{ items: ProviderMatchRecord[]; total: number }> {
    const rows: (ProviderRow & { total: string })[] = await db.query(
      `SELECT ${COLUMNS}, ${DEMAND_JSON}, count(*) OVER () AS total
         FROM demand_matches m JOIN demands d ON d.id = m.demand_id
        WHERE m.provider_organization_id = ANY($1::uuid[])
          AND d.visibility = 'providers' AND m.status <> 'dismissed'
          AND ($2::boolean OR d.status IN ('open', 'matched'))
          AND ($3::uuid IS NULL OR m.listing_id = $3)
        ORDER BY m.created_at DESC, m.id
        LIMIT $4 OFFSET $5`,
      [providerOrganizationIds, filter.includeClosed === true, filter.listingId ?? null, filter.limit, filter.offset],
    );
    return {
      items: rows.map(({ total: _, ...row }) => toProviderRecord(row)),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /** Records the provider's interest once; false when it was already recorded (nothing changes). */
  async recordInterest(tx: Db, matchId: string, userId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE demand_matches SET provider_interest_at = now(), provider_interest_by = $2, updated_at = now()
        WHERE id = $1 AND provider_interest_at IS NULL RETURNING id`,
      [matchId, userId],
    );
    return rows.length === 1;
  }

  /**
   * For the matcher: proposes each scored listing, or refreshes the score and reasons of
   * one already proposed. A match the SME accepted or dismissed is left as it is (never
   * resurrected), and no listing is proposed twice (UNIQUE (demand_id, listing_id)).
   */
  async upsertMatches(
    tx: Db,
    demandId: string,
    matches: readonly ScoredMatch[],
    options: { rankVersion?: number } = {},
  ): Promise<UpsertResult> {
    if (matches.length === 0) return { inserted: [], updated: [] };
    const rows: { id: string; listingId: string; inserted: boolean }[] = await tx.query(
      `INSERT INTO demand_matches AS m (demand_id, listing_id, provider_organization_id, score, factors, rank_version)
       SELECT $1, x.listing_id, x.provider_organization_id, x.score, x.factors, $6
         FROM unnest($2::uuid[], $3::uuid[], $4::numeric[], $5::jsonb[])
              AS x (listing_id, provider_organization_id, score, factors)
       ON CONFLICT (demand_id, listing_id) DO UPDATE
          SET score = EXCLUDED.score, factors = EXCLUDED.factors, rank_version = EXCLUDED.rank_version,
              updated_at = now()
        WHERE m.status = 'proposed'
       RETURNING m.id, m.listing_id AS "listingId", (m.xmax = 0) AS inserted`,
      [
        demandId,
        matches.map((m) => m.listingId),
        matches.map((m) => m.providerOrganizationId),
        matches.map((m) => m.score),
        matches.map((m) => JSON.stringify(m.factors)),
        options.rankVersion ?? 1,
      ],
    );
    return {
      inserted: rows.filter((r) => r.inserted).map(({ id, listingId }) => ({ id, listingId })),
      updated: rows.filter((r) => !r.inserted).map(({ id, listingId }) => ({ id, listingId })),
    };
  }

  /**
   * For the matcher, after re-matching an edited demand: drops proposals the provider has
   * not answered for listings no longer among `keepListingIds`. Returns how many.
   */
  async removeStaleProposed(tx: Db, demandId: string, keepListingIds: readonly string[]): Promise<number> {
    const [, deleted]: [unknown, number] = await tx.query(
      `DELETE FROM demand_matches
        WHERE demand_id = $1 AND status = 'proposed' AND provider_interest_at IS NULL AND deal_request IS NULL
          AND NOT (listing_id = ANY($2::uuid[]))`,
      [demandId, keepListingIds],
    );
    return Number(deleted);
  }

  /** For the reverse matcher: the demands still wanted that the listing is proposed to now. */
  async demandsProposedListing(db: Db, listingId: string): Promise<string[]> {
    const rows: Array<{ demandId: string }> = await db.query(
      `SELECT m.demand_id AS "demandId" FROM demand_matches m JOIN demands d ON d.id = m.demand_id
        WHERE m.listing_id = $1 AND m.status = 'proposed' AND d.status IN ('open', 'matched')`,
      [listingId],
    );
    return rows.map((r) => r.demandId);
  }

  /**
   * For the reverse matcher: drops the listing's proposals the provider has not answered
   * and no deal was requested from, for every demand still wanted (`demandIds` undefined:
   * the listing left the marketplace) or for those named (it no longer fits them). Closed
   * demands keep what they were shown. Returns how many.
   */
  async withdrawProposedOfListing(tx: Db, listingId: string, demandIds?: readonly string[]): Promise<number> {
    const [, deleted]: [unknown, number] = await tx.query(
      `DELETE FROM demand_matches m USING demands d
        WHERE d.id = m.demand_id AND d.status IN ('open', 'matched')
          AND m.listing_id = $1 AND m.status = 'proposed' AND m.provider_interest_at IS NULL
          AND m.deal_request IS NULL AND ($2::uuid[] IS NULL OR m.demand_id = ANY($2::uuid[]))`,
      [listingId, demandIds ?? null],
    );
    return Number(deleted);
  }

  /**
   * For the reverse matcher: per demand, how many proposals it has and the lowest score
   * among them, so a new listing joins only a demand with room or beats its weakest.
   */
  async proposedStanding(
    db: Db,
    demandIds: readonly string[],
  ): Promise<Map<string, { proposed: number; lowestScore: number }>> {
    if (demandIds.length === 0) return new Map();
    const rows: { demandId: string; proposed: number; lowestScore: number }[] = await db.query(
      `SELECT demand_id AS "demandId", count(*)::int AS proposed, min(score)::float8 AS "lowestScore"
         FROM demand_matches WHERE demand_id = ANY($1::uuid[]) AND status = 'proposed'
        GROUP BY demand_id`,
      [demandIds],
    );
    return new Map(rows.map(({ demandId, ...standing }) => [demandId, standing]));
  }
}
