import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import type { ActorSide, DealKind, DealState, Side } from '../domain';
import { DealEventEntity, type DealEventRow } from './entities';

export interface DealRecord {
  id: string;
  kind: DealKind;
  listingId: string | null;
  listingTitle: string;
  requesterOrganizationId: string;
  requesterUserId: string;
  providerOrganizationId: string;
  state: DealState;
  turn: Side | null;
  terms: Record<string, unknown>;
  holdExpiresAt: Date | null;
  cancelledBy: Side | null;
  lateCancellation: boolean | null;
  stateReason: string | null;
  idempotencyKey: string | null;
  requestFingerprint: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** The listing of a deal opened against one: every kind but an order (whose effects never ask). */
export function listingIdOf(deal: DealRecord): string {
  if (deal.listingId === null) throw new Error(`Deal ${deal.id} (${deal.kind}) has no listing`);
  return deal.listingId;
}

export interface NewDeal {
  kind: DealKind;
  listingId: string | null;
  listingTitle: string;
  requesterOrganizationId: string;
  requesterUserId: string;
  providerOrganizationId: string;
  state: DealState;
  turn: Side | null;
  terms: object;
  holdExpiresAt: Date | null;
  idempotency: { key: string; fingerprint: string } | null;
}

export interface StateChange {
  state: DealState;
  turn: Side | null;
  holdExpiresAt?: Date | null;
  cancelledBy?: Side | null;
  lateCancellation?: boolean | null;
  reason?: string | null;
  closed: boolean;
  terms?: object;
}

export interface DealEventRecord {
  id: string;
  actorUserId: string | null;
  actorSide: ActorSide;
  action: string;
  fromState: DealState | null;
  toState: DealState;
  data: Record<string, unknown> | null;
  createdAt: Date;
}

export interface DealListFilter {
  role?: Side;
  kind?: DealKind;
  state?: DealState;
  listingId?: string;
  limit: number;
  offset: number;
}

const COLUMNS = `
  d.id, d.kind, d.listing_id AS "listingId", d.listing_title AS "listingTitle", d.requester_organization_id AS "requesterOrganizationId",
  d.requester_user_id AS "requesterUserId", d.provider_organization_id AS "providerOrganizationId",
  d.state, d.turn, d.terms, d.hold_expires_at AS "holdExpiresAt", d.cancelled_by AS "cancelledBy",
  d.late_cancellation AS "lateCancellation", d.state_reason AS "stateReason",
  d.idempotency_key AS "idempotencyKey", d.request_fingerprint AS "requestFingerprint", d.version,
  d.created_at AS "createdAt", d.updated_at AS "updatedAt", d.closed_at AS "closedAt"`;

/** A deal event's row as use cases see it: the one place it is read. */
function toEventRecord(row: DealEventRow): DealEventRecord {
  return {
    id: row.id,
    actorUserId: row.actorUserId,
    actorSide: row.actorSide as ActorSide,
    action: row.action,
    fromState: row.fromState as DealState | null,
    toState: row.toState as DealState,
    data: row.data as Record<string, unknown> | null,
    createdAt: row.createdAt,
  };
}

@Injectable()
export class DealRepository {
  async insert(tx: Db, deal: NewDeal): Promise<DealRecord> {
    const [row]: DealRecord[] = await tx.query(
      `INSERT INTO deals AS d (kind, listing_id, listing_title, requester_organization_id, requester_user_id,
                               provider_organization_id, state, turn, terms, hold_expires_at, idempotency_key,
                               request_fingerprint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING ${COLUMNS}`,
      [
        deal.kind,
        deal.listingId,
        deal.listingTitle,
        deal.requesterOrganizationId,
        deal.requesterUserId,
        deal.providerOrganizationId,
        deal.state,
        deal.turn,
        JSON.stringify(deal.terms),
        deal.holdExpiresAt,
        deal.idempotency?.key ?? null,
        deal.idempotency?.fingerprint ?? null,
      ],
    );
    return row;
  }

  async findById(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<DealRecord | undefined> {
    const rows: DealRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM deals d WHERE d.id = $1 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0];
  }

  /** The deal a user already created with this key, if any. */
  async findByIdempotencyKey(db: Db, requesterUserId: string, key: string): Promise<DealRecord | undefined> {
    const rows: DealRecord[] = await db.query(
      `SELECT ${COLUMNS} FROM deals d WHERE d.requester_user_id = $1 AND d.idempotency_key = $2`,
      [requesterUserId, key],
    );
    return rows[0];
  }

  async changeState(tx: Db, id: string, change: StateChange): Promise<DealRecord> {
    // An UPDATE … RETURNING comes back from TypeORM as [rows, affected].
    const [[row]]: [DealRecord[], number] = await tx.query(
      `UPDATE deals d SET
         state = $2, turn = $3,
         hold_expires_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE hold_expires_at END,
         cancelled_by = COALESCE($6, cancelled_by),
         late_cancellation = COALESCE($7, late_cancellation),
         state_reason = COALESCE($8, state_reason),
         closed_at = CASE WHEN $9::boolean THEN now() ELSE closed_at END,
         terms = COALESCE($10::jsonb, terms),
         version = version + 1, updated_at = now()
       WHERE d.id = $1
       RETURNING ${COLUMNS}`,
      [
        id,
        change.state,
        change.turn,
        change.holdExpiresAt !== undefined,
        change.holdExpiresAt ?? null,
        change.cancelledBy ?? null,
        change.lateCancellation ?? null,
        change.reason ?? null,
        change.closed,
        change.terms === undefined ? null : JSON.stringify(change.terms),
      ],
    );
    return row;
  }

  async appendEvent(
    tx: Db,
    event: {
      dealId: string;
      actorUserId: string | null;
      actorSide: ActorSide;
      action: string;
      fromState: DealState | null;
      toState: DealState;
      data?: object | null;
    },
  ): Promise<void> {
    // Hand-written, not the repository's insert: every step of every deal (each booking
    // among them) appends one, and TypeORM's InsertQueryBuilder cost about 0.3 ms of the
    // api's CPU per call (building the statement, then RETURNING id and created_at back
    // into the entity), a tenth of a booking's (bench:booking, issue 17).
    await tx.query(
      `INSERT INTO deal_events (deal_id, actor_user_id, actor_side, action, from_state, to_state, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        event.dealId,
        event.actorUserId,
        event.actorSide,
        event.action,
        event.fromState,
        event.toState,
        event.data ? JSON.stringify(event.data) : null,
      ],
    );
  }

  async events(db: Db, dealId: string): Promise<DealEventRecord[]> {
    const rows = await db.getRepository(DealEventEntity).find({ where: { dealId }, order: { id: 'ASC' } });
    return rows.map(toEventRecord);
  }

  /**
   * The deals of the given organizations, on the side asked for (both when unset). The
   * organization ids are the tenancy: callers pass the caller's own memberships.
   */
  async listForOrganizations(
    db: Db,
    organizationIds: readonly string[],
    filter: DealListFilter,
  ): Promise<{ items: DealRecord[]; total: number }> {
    const sides =
      filter.role === 'requester'
        ? 'd.requester_organization_id = ANY($1)'
        : filter.role === 'provider'
          ? 'd.provider_organization_id = ANY($1)'
          : '(d.requester_organization_id = ANY($1) OR d.provider_organization_id = ANY($1))';
    const rows: (DealRecord & { total: string })[] = await db.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM deals d
       WHERE ${sides}
         AND ($2::text IS NULL OR d.kind = $2) AND ($3::text IS NULL OR d.state = $3)
         AND ($4::uuid IS NULL OR d.listing_id = $4)
       ORDER BY d.updated_at DESC, d.id
       LIMIT $5 OFFSET $6`,
      [
        organizationIds,
        filter.kind ?? null,
        filter.state ?? null,
        filter.listingId ?? null,
        filter.limit,
        filter.offset,
      ],
    );
    return { items: rows.map(({ total: _, ...deal }) => deal), total: Number(rows[0]?.total ?? 0) };
  }

  /** Deals whose hold lapsed, oldest first: the sweeper expires them. */
  /**
   * How quickly each of these organizations answers as a provider: the median minutes
   * from a deal's request to the provider's first step, over deals requested since
   * `since`. A request left to lapse counts with the time it waited. Organizations
   * without such deals are absent. One query.
   */
  async medianResponseMinutes(db: Db, organizationIds: readonly string[], since: Date): Promise<Map<string, number>> {
    if (organizationIds.length === 0) return new Map();
    const rows: Array<{ organizationId: string; minutes: number }> = await db.query(
      `SELECT d.provider_organization_id AS "organizationId",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.answered_at - d.created_at) / 60)::float8
                AS minutes
         FROM deals d
         CROSS JOIN LATERAL (
           SELECT COALESCE(
                    (SELECT min(e.created_at) FROM deal_events e WHERE e.deal_id = d.id AND e.actor_side = 'provider'),
                    CASE WHEN d.state = 'expired' THEN d.updated_at END) AS answered_at
         ) a
        WHERE d.provider_organization_id = ANY($1::uuid[]) AND d.created_at >= $2 AND a.answered_at IS NOT NULL
        GROUP BY d.provider_organization_id`,
      [organizationIds, since],
    );
    return new Map(rows.map((r) => [r.organizationId, r.minutes]));
  }

  async lapsedHolds(db: Db, now: Date, limit: number, listingId?: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM deals
       WHERE state IN ('requested', 'countered') AND hold_expires_at <= $1
         AND ($3::uuid IS NULL OR listing_id = $3)
       ORDER BY hold_expires_at LIMIT $2`,
      [now, limit, listingId ?? null],
    );
    return rows.map((r) => r.id);
  }
}
