import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';

/** Deal states in which the provider has taken the requester on: the deal counts as a service. */
export const SERVED_STATES = ['confirmed', 'accepted', 'samples_received', 'report_delivered', 'completed'] as const;
/** Booking states whose slot was held for the requester: its hours count as booked. */
export const BOOKED_STATES = ['confirmed', 'completed', 'no_show'] as const;
/** Size classes of the SMEs a park serves (as requesters); 'large' enterprises count on either side. */
export const SME_SIZES = ['medium', 'small', 'micro'] as const;

const LOCAL = `'Asia/Shanghai'`;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Weekly opening hours of an equipment listing: the sum of its `details.booking.openingHours`
 * intervals; a listing that states no booking rules has the default office week (45 h).
 */
const WEEKLY_HOURS = `
  CASE WHEN l.kind <> 'equipment' THEN 0
       WHEN jsonb_typeof(l.details->'booking'->'openingHours') IS DISTINCT FROM 'object' THEN 45
       ELSE coalesce((
         SELECT sum(extract(epoch FROM ((iv->>'end')::time - (iv->>'start')::time))) / 3600
         FROM jsonb_each(l.details->'booking'->'openingHours') AS d (day, intervals),
              jsonb_array_elements(CASE WHEN jsonb_typeof(d.intervals) = 'array' THEN d.intervals ELSE '[]' END) AS iv
       ), 0) END`;

const CAPACITY = (field: string) =>
  `CASE WHEN l.kind = 'capacity' THEN coalesce(l.details->'capacity'->>'${field}', '') ELSE '' END`;

/**
 * What the analytics facts of the given listings are now: one row per approved park of
 * the owner. Reads the listings and identity tables: analytics is a read model of them,
 * written only by the worker when an event says something changed.
 */
const DERIVE_LISTINGS = `
  SELECT l.id AS listing_id, pm.park_id, l.owner_organization_id,
         date_trunc('month', l.created_at AT TIME ZONE ${LOCAL})::date AS month,
         coalesce(o.industry_section, '') AS section, coalesce(o.industry_division, '') AS division,
         l.kind, l.status, (${WEEKLY_HOURS})::numeric AS weekly_hours,
         ${CAPACITY('unit')} AS capacity_unit, ${CAPACITY('per')} AS capacity_per,
         CASE WHEN l.kind = 'capacity' AND l.details->'capacity'->>'quantity' ~ '^[0-9]+(\\.[0-9]+)?$'
              THEN (l.details->'capacity'->>'quantity')::numeric ELSE 0 END AS capacity_quantity
  FROM listings l
  JOIN organizations o ON o.id = l.owner_organization_id
  JOIN park_memberships pm ON pm.organization_id = l.owner_organization_id AND pm.status = 'approved'
  WHERE l.id = ANY($1::uuid[])`;

/** A deal's facts: one row per approved park of either party. */
const DERIVE_DEALS = `
  WITH d AS (SELECT * FROM deals WHERE id = ANY($1::uuid[])),
  parks AS (
    SELECT DISTINCT d.id AS deal_id, pm.park_id
    FROM d JOIN park_memberships pm
      ON pm.status = 'approved' AND pm.organization_id IN (d.provider_organization_id, d.requester_organization_id)
  )
  SELECT d.id AS deal_id, p.park_id,
         date_trunc('month', d.created_at AT TIME ZONE ${LOCAL})::date AS month,
         coalesce(po.industry_section, '') AS section, coalesce(po.industry_division, '') AS division,
         d.kind, d.state,
         (EXISTS (SELECT 1 FROM park_memberships x WHERE x.park_id = p.park_id AND x.status = 'approved'
                    AND x.organization_id = d.provider_organization_id)
          AND EXISTS (SELECT 1 FROM park_memberships x WHERE x.park_id = p.park_id AND x.status = 'approved'
                    AND x.organization_id = d.requester_organization_id)) AS inside,
         d.state IN (${list(SERVED_STATES)}) AS served,
         d.requester_organization_id, coalesce(ro.size_class, '') AS requester_size,
         CASE WHEN ro.badge->>'status' = 'verified' THEN coalesce(ro.badge->>'tier', '') ELSE '' END AS requester_level,
         d.provider_organization_id, coalesce(po.size_class, '') AS provider_size,
         (SELECT extract(epoch FROM min(e.created_at) - d.created_at)::float8
            FROM deal_events e WHERE e.deal_id = d.id AND e.actor_side = 'provider') AS first_response_seconds,
         CASE WHEN d.kind = 'booking' AND d.state IN (${list(BOOKED_STATES)}) AND b.deal_id IS NOT NULL
              THEN date_trunc('week', lower(b.during) AT TIME ZONE ${LOCAL})::date END AS booked_week,
         CASE WHEN d.kind = 'booking' AND d.state IN (${list(BOOKED_STATES)}) AND b.deal_id IS NOT NULL
              THEN (extract(epoch FROM upper(b.during) - lower(b.during)) / 3600)::numeric ELSE 0 END AS booked_hours,
         CASE WHEN la.deal_id IS NOT NULL THEN date_trunc('month', la.created_at AT TIME ZONE ${LOCAL})::date END AS licence_month,
         la.open_licence AS licence_open, la.status = 'active' AS licence_active,
         la.starts_on AS licence_starts_on, la.ends_on AS licence_ends_on
  FROM d
  JOIN parks p ON p.deal_id = d.id
  JOIN organizations po ON po.id = d.provider_organization_id
  JOIN organizations ro ON ro.id = d.requester_organization_id
  LEFT JOIN bookings b ON b.deal_id = d.id
  LEFT JOIN licence_agreements la ON la.deal_id = d.id`;

/** Capacity a reservation has committed, per period, in each park of either party. */
const DERIVE_RESERVATIONS = `
  SELECT rp.deal_id, pm.park_id, rp.period_start,
         coalesce(po.industry_section, '') AS section, coalesce(po.industry_division, '') AS division,
         ${CAPACITY('unit')} AS unit, ${CAPACITY('per')} AS per, rp.quantity
  FROM reservation_periods rp
  JOIN deals d ON d.id = rp.deal_id
  JOIN listings l ON l.id = d.listing_id
  JOIN organizations po ON po.id = d.provider_organization_id
  JOIN LATERAL (
    SELECT DISTINCT x.park_id FROM park_memberships x
    WHERE x.status = 'approved' AND x.organization_id IN (d.provider_organization_id, d.requester_organization_id)
  ) pm ON true
  WHERE rp.deal_id = ANY($1::uuid[]) AND rp.status = 'committed'`;

/**
 * Brings `table`'s rows of the given entities in step with what `derive` yields: new rows
 * inserted, changed ones updated, vanished ones deleted; unchanged rows are not touched, so
 * their triggers never fire and a replayed event changes nothing.
 */
function sync(table: string, derive: string, idColumn: string, key: string[], columns: string[]): string {
  const set = columns.filter((c) => !key.includes(c)).map((c) => `${c} = excluded.${c}`);
  return `
    WITH derived AS (${derive}),
    upserted AS (
      INSERT INTO ${table} AS f (${columns.join(', ')})
      SELECT ${columns.join(', ')} FROM derived
      ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${set.join(', ')}
      WHERE (${columns.map((c) => `f.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `excluded.${c}`).join(', ')})
      RETURNING 1
    ),
    removed AS (
      DELETE FROM ${table} f
      WHERE f.${idColumn} = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM derived d WHERE ${key.map((c) => `d.${c} = f.${c}`).join(' AND ')})
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM upserted)::int + (SELECT count(*) FROM removed)::int AS changed`;
}

const SYNC_LISTINGS = sync(
  'analytics_listing_facts',
  DERIVE_LISTINGS,
  'listing_id',
  ['listing_id', 'park_id'],
  [
    'listing_id',
    'park_id',
    'owner_organization_id',
    'month',
    'section',
    'division',
    'kind',
    'status',
    'weekly_hours',
    'capacity_unit',
    'capacity_per',
    'capacity_quantity',
  ],
);
const SYNC_DEALS = sync(
  'analytics_deal_facts',
  DERIVE_DEALS,
  'deal_id',
  ['deal_id', 'park_id'],
  [
    'deal_id',
    'park_id',
    'month',
    'section',
    'division',
    'kind',
    'state',
    'inside',
    'served',
    'requester_organization_id',
    'requester_size',
    'requester_level',
    'provider_organization_id',
    'provider_size',
    'first_response_seconds',
    'booked_week',
    'booked_hours',
    'licence_month',
    'licence_open',
    'licence_active',
    'licence_starts_on',
    'licence_ends_on',
  ],
);
const SYNC_RESERVATIONS = sync(
  'analytics_reservation_facts',
  DERIVE_RESERVATIONS,
  'deal_id',
  ['deal_id', 'park_id', 'period_start'],
  ['deal_id', 'park_id', 'period_start', 'section', 'division', 'unit', 'per', 'quantity'],
);

/**
 * The rollups as sums of the facts: what the triggers keep row by row, in one statement per
 * rollup, for a bulk rebuild (the triggers off while the facts are written).
 */
const ROLLUPS_FROM_FACTS = [
  `INSERT INTO analytics_listing_rollup
     (park_id, month, section, division, kind, status, capacity_unit, capacity_per, listings, weekly_hours, capacity_quantity)
   SELECT park_id, month, section, division, kind, status, capacity_unit, capacity_per, count(*), sum(weekly_hours), sum(capacity_quantity)
   FROM analytics_listing_facts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
  `INSERT INTO analytics_deal_rollup (park_id, month, section, division, kind, state, inside, deals)
   SELECT park_id, month, section, division, kind, state, inside, count(*) FROM analytics_deal_facts GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  `INSERT INTO analytics_booking_rollup (park_id, week, section, division, bookings, booked_hours)
   SELECT park_id, booked_week, section, division, count(*), sum(booked_hours) FROM analytics_deal_facts
   WHERE booked_week IS NOT NULL GROUP BY 1, 2, 3, 4`,
  `INSERT INTO analytics_party_rollup (park_id, month, section, division, organization_id, role, size_class, level, deals)
   SELECT park_id, month, section, division, organization_id, role, size_class, level, count(*) FROM (
     SELECT park_id, month, section, division, requester_organization_id AS organization_id, 'requester' AS role,
            requester_size AS size_class, requester_level AS level FROM analytics_deal_facts WHERE served
     UNION ALL
     SELECT park_id, month, section, division, provider_organization_id, 'provider', provider_size, ''
     FROM analytics_deal_facts WHERE served) p
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`,
  `INSERT INTO analytics_licence_rollup (park_id, month, section, division, open_licence, granted)
   SELECT park_id, licence_month, section, division, licence_open, count(*) FROM analytics_deal_facts
   WHERE licence_month IS NOT NULL GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO analytics_capacity_rollup (park_id, month, section, division, unit, per, reserved)
   SELECT park_id, date_trunc('month', period_start)::date, section, division, unit, per, sum(quantity)
   FROM analytics_reservation_facts GROUP BY 1, 2, 3, 4, 5, 6`,
  `INSERT INTO analytics_response_rollup (park_id, month, section, division, bucket, deals)
   SELECT park_id, month, section, division, analytics_response_bucket(first_response_seconds), count(*)
   FROM analytics_deal_facts WHERE first_response_seconds IS NOT NULL GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO analytics_listing_month_rollup (park_id, month, section, division, kind, status, listings)
   SELECT park_id, month, section, division, kind, status, count(*) FROM analytics_listing_facts GROUP BY 1, 2, 3, 4, 5, 6`,
  `INSERT INTO analytics_served_rollup (park_id, month, organization_id, size_class, level, deals)
   SELECT park_id, month, organization_id, size_class, level, count(*) FROM (
     SELECT park_id, month, requester_organization_id AS organization_id, requester_size AS size_class,
            CASE WHEN requester_size = 'large' THEN '' ELSE requester_level END AS level
       FROM analytics_deal_facts WHERE served AND requester_size IN (${list([...SME_SIZES, 'large'])})
     UNION ALL
     SELECT park_id, month, provider_organization_id, provider_size, ''
       FROM analytics_deal_facts WHERE served AND provider_size = 'large') s
   GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO analytics_response_month_rollup (park_id, month, bucket, deals)
   SELECT park_id, month, analytics_response_bucket(first_response_seconds), count(*)
   FROM analytics_deal_facts WHERE first_response_seconds IS NOT NULL GROUP BY 1, 2, 3`,
];

const ANALYTICS_TABLES = [
  'analytics_listing_facts',
  'analytics_deal_facts',
  'analytics_reservation_facts',
  'analytics_listing_rollup',
  'analytics_deal_rollup',
  'analytics_booking_rollup',
  'analytics_party_rollup',
  'analytics_licence_rollup',
  'analytics_capacity_rollup',
  'analytics_response_rollup',
  'analytics_listing_month_rollup',
  'analytics_served_rollup',
  'analytics_response_month_rollup',
];

/** How many fact rows a projection inserted, updated or deleted. */
export interface ProjectionResult {
  listings: number;
  deals: number;
  reservations: number;
}

/**
 * The analytics facts: re-derived per listing and deal, in one transaction per batch (the
 * triggers move the rollups with them). Writing a fact locks its rollup rows, so batches
 * from several workers may deadlock: the caller retries (`isDeadlock`).
 */
@Injectable()
export class AnalyticsProjectionRepository {
  async projectListings(tx: Db, listingIds: readonly string[]): Promise<number> {
    if (listingIds.length === 0) return 0;
    const [row]: Array<{ changed: number }> = await tx.query(SYNC_LISTINGS, [[...listingIds].sort()]);
    return row.changed;
  }

  async projectDeals(tx: Db, dealIds: readonly string[]): Promise<{ deals: number; reservations: number }> {
    if (dealIds.length === 0) return { deals: 0, reservations: 0 };
    const ids = [...dealIds].sort();
    const [deals]: Array<{ changed: number }> = await tx.query(SYNC_DEALS, [ids]);
    const [reservations]: Array<{ changed: number }> = await tx.query(SYNC_RESERVATIONS, [ids]);
    return { deals: deals.changed, reservations: reservations.changed };
  }

  /**
   * Writes the facts with the triggers off (`session_replication_role`, which needs a
   * superuser: a maintenance path, not the worker's), then every rollup from the facts at
   * once. Only inside a transaction; the tables are emptied first.
   */
  async startBulk(tx: Db): Promise<void> {
    await tx.query(`TRUNCATE ${ANALYTICS_TABLES.join(', ')}`);
    await tx.query(`SET LOCAL session_replication_role = replica`);
  }

  async finishBulk(tx: Db): Promise<void> {
    await tx.query(`SET LOCAL session_replication_role = origin`);
    for (const statement of ROLLUPS_FROM_FACTS) await tx.query(statement);
  }

  /** Everything whose facts depend on an organization: its listings and its deals, either side. */
  async entitiesOf(db: Db, organizationIds: readonly string[]): Promise<{ listingIds: string[]; dealIds: string[] }> {
    if (organizationIds.length === 0) return { listingIds: [], dealIds: [] };
    const [row]: Array<{ listings: string[]; deals: string[] }> = await db.query(
      `SELECT ARRAY(SELECT id FROM listings WHERE owner_organization_id = ANY($1::uuid[])) AS listings,
              ARRAY(SELECT id FROM deals WHERE provider_organization_id = ANY($1::uuid[])
                    UNION SELECT id FROM deals WHERE requester_organization_id = ANY($1::uuid[])) AS deals`,
      [organizationIds],
    );
    return { listingIds: row.listings, dealIds: row.deals };
  }

  /** Every listing and deal id, in pages: to build the facts of an existing database. */
  async allIds(db: Db, table: 'listings' | 'deals', after: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM ${table} WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }
}

export function isDeadlock(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === '40P01' || code === '40001';
}
