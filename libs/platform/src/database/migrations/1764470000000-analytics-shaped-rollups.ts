import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A rollup kept from one fact table: its key and summed columns, and the facts' rows that feed it. */
interface RollupOf {
  table: string;
  keys: string[];
  sums: string[];
  /** Each a select list of the key and summed columns (in order) over a fact row `f` with its `sign`, and a filter. */
  sources: Array<{ select: string; where?: string }>;
}

/** Size classes whose enterprises count as served: SMEs (as requesters) and large ones (either side). */
const SERVED_SIZES = `('medium', 'small', 'micro', 'large')`;

const ROLLUPS: Record<'listing' | 'deal' | 'reservation', RollupOf[]> = {
  listing: [
    {
      table: 'analytics_listing_rollup',
      keys: ['park_id', 'month', 'section', 'division', 'kind', 'status', 'capacity_unit', 'capacity_per'],
      sums: ['listings', 'weekly_hours', 'capacity_quantity'],
      sources: [
        {
          select: `f.park_id, f.month, f.section, f.division, f.kind, f.status, f.capacity_unit, f.capacity_per,
                   f.sign, f.sign * f.weekly_hours, f.sign * f.capacity_quantity`,
        },
      ],
    },
    {
      table: 'analytics_listing_month_rollup',
      keys: ['park_id', 'month', 'section', 'division', 'kind', 'status'],
      sums: ['listings'],
      sources: [{ select: `f.park_id, f.month, f.section, f.division, f.kind, f.status, f.sign` }],
    },
  ],
  deal: [
    {
      table: 'analytics_deal_rollup',
      keys: ['park_id', 'month', 'section', 'division', 'kind', 'state', 'inside'],
      sums: ['deals'],
      sources: [{ select: `f.park_id, f.month, f.section, f.division, f.kind, f.state, f.inside, f.sign` }],
    },
    {
      table: 'analytics_booking_rollup',
      keys: ['park_id', 'week', 'section', 'division'],
      sums: ['bookings', 'booked_hours'],
      sources: [
        {
          select: `f.park_id, f.booked_week, f.section, f.division, f.sign, f.sign * f.booked_hours`,
          where: `f.booked_week IS NOT NULL`,
        },
      ],
    },
    {
      table: 'analytics_party_rollup',
      keys: ['park_id', 'month', 'section', 'division', 'organization_id', 'role', 'size_class', 'level'],
      sums: ['deals'],
      sources: [
        {
          select: `f.park_id, f.month, f.section, f.division, f.requester_organization_id, 'requester',
                   f.requester_size, f.requester_level, f.sign`,
          where: `f.served`,
        },
        {
          select: `f.park_id, f.month, f.section, f.division, f.provider_organization_id, 'provider',
                   f.provider_size, '', f.sign`,
          where: `f.served`,
        },
      ],
    },
    {
      table: 'analytics_licence_rollup',
      keys: ['park_id', 'month', 'section', 'division', 'open_licence'],
      sums: ['granted'],
      sources: [
        {
          select: `f.park_id, f.licence_month, f.section, f.division, f.licence_open, f.sign`,
          where: `f.licence_month IS NOT NULL`,
        },
      ],
    },
    {
      table: 'analytics_response_rollup',
      keys: ['park_id', 'month', 'section', 'division', 'bucket'],
      sums: ['deals'],
      sources: [
        {
          select: `f.park_id, f.month, f.section, f.division, analytics_response_bucket(f.first_response_seconds), f.sign`,
          where: `f.first_response_seconds IS NOT NULL`,
        },
      ],
    },
    {
      table: 'analytics_served_rollup',
      keys: ['park_id', 'month', 'organization_id', 'size_class', 'level'],
      sums: ['deals'],
      sources: [
        {
          select: `f.park_id, f.month, f.requester_organization_id, f.requester_size,
                   CASE WHEN f.requester_size = 'large' THEN '' ELSE f.requester_level END, f.sign`,
          where: `f.served AND f.requester_size IN ${SERVED_SIZES}`,
        },
        {
          select: `f.park_id, f.month, f.provider_organization_id, f.provider_size, '', f.sign`,
          where: `f.served AND f.provider_size = 'large'`,
        },
      ],
    },
    {
      table: 'analytics_response_month_rollup',
      keys: ['park_id', 'month', 'bucket'],
      sums: ['deals'],
      sources: [
        {
          select: `f.park_id, f.month, analytics_response_bucket(f.first_response_seconds), f.sign`,
          where: `f.first_response_seconds IS NOT NULL`,
        },
      ],
    },
  ],
  reservation: [
    {
      table: 'analytics_capacity_rollup',
      keys: ['park_id', 'month', 'section', 'division', 'unit', 'per'],
      sums: ['reserved'],
      sources: [
        {
          select: `f.park_id, date_trunc('month', f.period_start)::date, f.section, f.division, f.unit, f.per,
                   f.sign * f.quantity`,
        },
      ],
    },
  ],
};

type Op = 'insert' | 'update' | 'delete';
const OPS: Op[] = ['insert', 'update', 'delete'];
const FACTS = ['listing', 'deal', 'reservation'] as const;
/** The triggers' names: analytics_deal_facts_inserted, …_updated, …_deleted. */
const PAST: Record<Op, string> = { insert: 'inserted', update: 'updated', delete: 'deleted' };
const TRANSITION_TABLES: Record<Op, string> = {
  insert: 'NEW TABLE AS new_facts',
  update: 'OLD TABLE AS old_facts NEW TABLE AS new_facts',
  delete: 'OLD TABLE AS old_facts',
};

/**
 * One statement per rollup: the statement's fact rows (old ones with sign −1, new ones +1)
 * summed per rollup key, keys whose sums are all zero left out, upserted in key order.
 */
function applyDeltas(fact: keyof typeof ROLLUPS, op: Op): string {
  const rows = [
    ...(op === 'insert' ? [] : [`SELECT o.*, -1 AS sign FROM old_facts o`]),
    ...(op === 'delete' ? [] : [`SELECT n.*, 1 AS sign FROM new_facts n`]),
  ].join(' UNION ALL ');
  return ROLLUPS[fact]
    .map(({ table, keys, sums, sources }) => {
      const columns = [...keys, ...sums];
      const union = sources
        .map((s) => `SELECT ${s.select} FROM f${s.where ? ` WHERE ${s.where}` : ''}`)
        .join(' UNION ALL ');
      return `
        WITH f AS (${rows})
        INSERT INTO ${table} AS r (${columns.join(', ')})
        SELECT ${keys.join(', ')}, ${sums.map((c) => `sum(${c})`).join(', ')}
          FROM (${union}) AS d (${columns.join(', ')})
         GROUP BY ${keys.join(', ')}
        HAVING ${sums.map((c) => `sum(${c}) <> 0`).join(' OR ')}
         ORDER BY ${keys.join(', ')}
        ON CONFLICT ON CONSTRAINT ${table}_pkey DO UPDATE
          SET ${sums.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')};`;
    })
    .join('\n');
}

/** The row-by-row deltas as 1764430000000 left them, for `down`. */
const DEAL_DELTA_1764430000000 = `
  CREATE OR REPLACE FUNCTION analytics_deal_delta(f analytics_deal_facts, sign integer) RETURNS void AS $$
  BEGIN
    INSERT INTO analytics_deal_rollup AS r (park_id, month, section, division, kind, state, inside, deals)
    VALUES (f.park_id, f.month, f.section, f.division, f.kind, f.state, f.inside, sign)
    ON CONFLICT ON CONSTRAINT analytics_deal_rollup_pkey DO UPDATE SET deals = r.deals + excluded.deals;
    IF f.booked_week IS NOT NULL THEN
      INSERT INTO analytics_booking_rollup AS r (park_id, week, section, division, bookings, booked_hours)
      VALUES (f.park_id, f.booked_week, f.section, f.division, sign, sign * f.booked_hours)
      ON CONFLICT ON CONSTRAINT analytics_booking_rollup_pkey DO UPDATE
        SET bookings = r.bookings + excluded.bookings, booked_hours = r.booked_hours + excluded.booked_hours;
    END IF;
    IF f.served THEN
      INSERT INTO analytics_party_rollup AS r
        (park_id, month, section, division, organization_id, role, size_class, level, deals)
      VALUES (f.park_id, f.month, f.section, f.division, f.requester_organization_id, 'requester',
              f.requester_size, f.requester_level, sign),
             (f.park_id, f.month, f.section, f.division, f.provider_organization_id, 'provider',
              f.provider_size, '', sign)
      ON CONFLICT ON CONSTRAINT analytics_party_rollup_pkey DO UPDATE SET deals = r.deals + excluded.deals;
    END IF;
    IF f.licence_month IS NOT NULL THEN
      INSERT INTO analytics_licence_rollup AS r (park_id, month, section, division, open_licence, granted)
      VALUES (f.park_id, f.licence_month, f.section, f.division, f.licence_open, sign)
      ON CONFLICT ON CONSTRAINT analytics_licence_rollup_pkey DO UPDATE SET granted = r.granted + excluded.granted;
    END IF;
    IF f.first_response_seconds IS NOT NULL THEN
      INSERT INTO analytics_response_rollup AS r (park_id, month, section, division, bucket, deals)
      VALUES (f.park_id, f.month, f.section, f.division, analytics_response_bucket(f.first_response_seconds), sign)
      ON CONFLICT ON CONSTRAINT analytics_response_rollup_pkey DO UPDATE SET deals = r.deals + excluded.deals;
    END IF;
  END $$ LANGUAGE plpgsql`;

const LISTING_DELTA_1764330000000 = `
  CREATE OR REPLACE FUNCTION analytics_listing_delta(f analytics_listing_facts, sign integer) RETURNS void AS $$
  BEGIN
    INSERT INTO analytics_listing_rollup AS r
      (park_id, month, section, division, kind, status, capacity_unit, capacity_per, listings, weekly_hours, capacity_quantity)
    VALUES (f.park_id, f.month, f.section, f.division, f.kind, f.status, f.capacity_unit, f.capacity_per,
            sign, sign * f.weekly_hours, sign * f.capacity_quantity)
    ON CONFLICT ON CONSTRAINT analytics_listing_rollup_pkey DO UPDATE
      SET listings = r.listings + excluded.listings,
          weekly_hours = r.weekly_hours + excluded.weekly_hours,
          capacity_quantity = r.capacity_quantity + excluded.capacity_quantity;
  END $$ LANGUAGE plpgsql`;

const RESERVATION_DELTA_1764330000000 = `
  CREATE OR REPLACE FUNCTION analytics_reservation_delta(f analytics_reservation_facts, sign integer) RETURNS void AS $$
  BEGIN
    INSERT INTO analytics_capacity_rollup AS r (park_id, month, section, division, unit, per, reserved)
    VALUES (f.park_id, date_trunc('month', f.period_start)::date, f.section, f.division, f.unit, f.per,
            sign * f.quantity)
    ON CONFLICT ON CONSTRAINT analytics_capacity_rollup_pkey DO UPDATE SET reserved = r.reserved + excluded.reserved;
  END $$ LANGUAGE plpgsql`;

/**
 * Park analytics read from rollups shaped like the page (issue 18, benchmark): each
 * breakdown a park's page shows is read as rows of a rollup whose key is the breakdown's,
 * with no aggregation left to do at read time beyond the period's months.
 *
 * - `analytics_listing_month_rollup`: listings per park, month, industry, kind and status
 *   (the listing rollup also splits them by capacity unit, for the capacity on offer).
 * - `analytics_served_rollup`: the enterprises that count as served, per park and month,
 *   one row each (an SME requester with its size class and 专精特新 level, a large
 *   enterprise on either side with its size class), without the industry: a period's
 *   distinct SMEs and large enterprises, by month, size class and level, are distinct
 *   counts over this small table's index alone. (By industry they still come from the
 *   party rollup.)
 * - `analytics_response_month_rollup`: the first-response histogram per park and month,
 *   without the industry: the median per month and over the period.
 *
 * They are filled from the facts here. And the triggers that keep every rollup now run
 * once per statement instead of once per fact row: the facts a statement inserted, updated
 * or deleted (its transition tables) are summed per rollup key, with the sign of their
 * side (old −1, new +1), and each key whose sums are not all zero is upserted once, in key
 * order. A worker's batch of a few hundred deal events then writes each rollup row once,
 * not once per fact (which also made a busy rollup row grow a chain of versions within
 * the batch's transaction, each update slower than the last), and concurrent batches take
 * their rollup rows' locks in the same order.
 */
export class AnalyticsShapedRollups1764470000000 implements MigrationInterface {
  name = 'AnalyticsShapedRollups1764470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics_listing_month_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        listings integer NOT NULL,
        CONSTRAINT analytics_listing_month_rollup_pkey PRIMARY KEY (park_id, month, section, division, kind, status)
          INCLUDE (listings)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_served_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        organization_id uuid NOT NULL,
        size_class text NOT NULL,
        level text NOT NULL,
        deals integer NOT NULL,
        CONSTRAINT analytics_served_rollup_pkey PRIMARY KEY (park_id, month, organization_id, size_class, level)
          INCLUDE (deals)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_response_month_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        bucket smallint NOT NULL,
        deals integer NOT NULL,
        CONSTRAINT analytics_response_month_rollup_pkey PRIMARY KEY (park_id, month, bucket) INCLUDE (deals)
      )`);
    await queryRunner.query(`
      INSERT INTO analytics_listing_month_rollup (park_id, month, section, division, kind, status, listings)
      SELECT park_id, month, section, division, kind, status, count(*) FROM analytics_listing_facts
      GROUP BY 1, 2, 3, 4, 5, 6`);
    await queryRunner.query(`
      INSERT INTO analytics_served_rollup (park_id, month, organization_id, size_class, level, deals)
      SELECT park_id, month, organization_id, size_class, level, count(*) FROM (
        SELECT park_id, month, requester_organization_id AS organization_id, requester_size AS size_class,
               CASE WHEN requester_size = 'large' THEN '' ELSE requester_level END AS level
          FROM analytics_deal_facts WHERE served AND requester_size IN ${SERVED_SIZES}
        UNION ALL
        SELECT park_id, month, provider_organization_id, provider_size, ''
          FROM analytics_deal_facts WHERE served AND provider_size = 'large') s
      GROUP BY 1, 2, 3, 4, 5`);
    await queryRunner.query(`
      INSERT INTO analytics_response_month_rollup (park_id, month, bucket, deals)
      SELECT park_id, month, analytics_response_bucket(first_response_seconds), count(*)
      FROM analytics_deal_facts WHERE first_response_seconds IS NOT NULL GROUP BY 1, 2, 3`);

    // The histogram by industry is summed over the period's months from this index alone
    // (its rows, written as deals came, lie scattered over the table's pages).
    await queryRunner.query(
      `CREATE INDEX analytics_response_rollup_read_idx ON analytics_response_rollup (park_id, month)
         INCLUDE (section, division, bucket, deals)`,
    );
    // Row-by-row deltas give way to one upsert per rollup key and statement.
    for (const fact of FACTS) {
      await queryRunner.query(`DROP TRIGGER analytics_${fact}_facts_rollup ON analytics_${fact}_facts`);
      await queryRunner.query(`DROP FUNCTION analytics_${fact}_facts_changed()`);
      await queryRunner.query(`DROP FUNCTION analytics_${fact}_delta(analytics_${fact}_facts, integer)`);
      for (const op of OPS) {
        await queryRunner.query(`
          CREATE FUNCTION analytics_${fact}_facts_${PAST[op]}() RETURNS trigger AS $$
          BEGIN
            ${applyDeltas(fact, op)}
            RETURN NULL;
          END $$ LANGUAGE plpgsql`);
        await queryRunner.query(`
          CREATE TRIGGER analytics_${fact}_facts_${PAST[op]} AFTER ${op.toUpperCase()} ON analytics_${fact}_facts
            REFERENCING ${TRANSITION_TABLES[op]} FOR EACH STATEMENT EXECUTE FUNCTION analytics_${fact}_facts_${PAST[op]}()`);
      }
    }
    await queryRunner.query(
      `ANALYZE analytics_listing_month_rollup, analytics_served_rollup, analytics_response_month_rollup`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fact of FACTS) {
      for (const op of OPS) {
        await queryRunner.query(`DROP TRIGGER analytics_${fact}_facts_${PAST[op]} ON analytics_${fact}_facts`);
        await queryRunner.query(`DROP FUNCTION analytics_${fact}_facts_${PAST[op]}()`);
      }
    }
    for (const delta of [LISTING_DELTA_1764330000000, DEAL_DELTA_1764430000000, RESERVATION_DELTA_1764330000000]) {
      await queryRunner.query(delta);
    }
    for (const fact of FACTS) {
      await queryRunner.query(`
        CREATE FUNCTION analytics_${fact}_facts_changed() RETURNS trigger AS $$
        BEGIN
          IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM analytics_${fact}_delta(OLD, -1); END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM analytics_${fact}_delta(NEW, 1); END IF;
          RETURN NULL;
        END $$ LANGUAGE plpgsql`);
      await queryRunner.query(`
        CREATE TRIGGER analytics_${fact}_facts_rollup AFTER INSERT OR UPDATE OR DELETE ON analytics_${fact}_facts
          FOR EACH ROW EXECUTE FUNCTION analytics_${fact}_facts_changed()`);
    }
    await queryRunner.query(`DROP INDEX analytics_response_rollup_read_idx`);
    await queryRunner.query(`DROP TABLE analytics_response_month_rollup`);
    await queryRunner.query(`DROP TABLE analytics_served_rollup`);
    await queryRunner.query(`DROP TABLE analytics_listing_month_rollup`);
  }
}
