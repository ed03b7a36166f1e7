import 'reflect-metadata';
import { randomInt } from 'node:crypto';
import {
  AnalyticsProjectionRepository,
  AnalyticsReadRepository,
  BOOKED_STATES,
  changesOf,
  parkFigures,
  parkTotals,
  ProjectAnalyticsUseCase,
  SERVED_STATES,
} from '@rongtong/analytics';
import { dataSourceOptions, UnitOfWork } from '@rongtong/platform';
import { DataSource, type QueryRunner } from 'typeorm';
import { seedAnalyticsWorld } from '../support/analytics-world';
import { createTestDatabase } from '../support/test-database';

/**
 * Park analytics are right when every rollup equals a recount from the base tables, for
 * every park, month and industry, after the events of a random world are replayed in a
 * random order and in random batches, and after the world changes (deals move on,
 * enterprises join parks, change size class and industry, listings change status); and
 * replaying every event again changes no row. The recounts below are written from the
 * base tables' meaning, apart from the projection's SQL.
 */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let dataSource: DataSource;
let runner: QueryRunner;
let project: ProjectAnalyticsUseCase;

const LOCAL = `'Asia/Shanghai'`;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const month = (column: string) => `to_char(date_trunc('month', ${column} AT TIME ZONE ${LOCAL}), 'YYYY-MM-DD')`;

/** Each approved park of an organization. */
const PARKS_OF = `SELECT park_id, organization_id FROM park_memberships WHERE status = 'approved'`;
/** Each deal with each park of either party (once), and whether both belong to it. */
const DEAL_PARKS = `
  SELECT d.*, p.park_id,
         EXISTS (SELECT 1 FROM (${PARKS_OF}) x WHERE x.park_id = p.park_id AND x.organization_id = d.provider_organization_id)
         AND EXISTS (SELECT 1 FROM (${PARKS_OF}) x WHERE x.park_id = p.park_id AND x.organization_id = d.requester_organization_id) AS inside,
         coalesce(po.industry_section, '') AS section, coalesce(po.industry_division, '') AS division
  FROM deals d
  JOIN (SELECT DISTINCT d2.id, pm.park_id FROM deals d2 JOIN (${PARKS_OF}) pm
          ON pm.organization_id IN (d2.provider_organization_id, d2.requester_organization_id)) p ON p.id = d.id
  JOIN organizations po ON po.id = d.provider_organization_id`;

/** Weekly opening hours of an equipment listing's details, computed here in TypeScript. */
function weeklyHours(details: { booking?: { openingHours?: Record<string, Array<{ start: string; end: string }>> } }) {
  const hours = details.booking?.openingHours;
  if (!hours) return 45;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Object.values(hours)
    .flat()
    .reduce((sum, iv) => sum + (minutes(iv.end) - minutes(iv.start)) / 60, 0);
}

type Table = Map<string, string>;

async function table(sql: string): Promise<Table> {
  const rows: Array<{ key: string; value: string }> = await dataSource.query(sql);
  return new Map(rows.map((r) => [r.key, String(r.value)]));
}

/** Every rollup as key → value (rows summing to zero left out), and its recount from the base tables. */
async function rollupsAndRecounts(): Promise<Record<string, [Table, Table]>> {
  const key = (...columns: string[]) => columns.map((c) => `coalesce(${c}::text, '')`).join(` || '|' || `);
  const listingRows: Array<{ id: string; kind: string; details: object; park_id: string; key: string }> =
    await dataSource.query(
      `SELECT l.id, l.kind, l.details, pm.park_id,
              ${key('pm.park_id', month('l.created_at'), `coalesce(o.industry_section, '')`, `coalesce(o.industry_division, '')`, 'l.kind', 'l.status')} AS key
       FROM listings l JOIN organizations o ON o.id = l.owner_organization_id
       JOIN (${PARKS_OF}) pm ON pm.organization_id = l.owner_organization_id`,
    );
  const listingCounts = new Map<string, string>();
  const equipmentHours = new Map<string, string>();
  for (const row of listingRows) {
    listingCounts.set(row.key, String(Number(listingCounts.get(row.key) ?? 0) + 1));
    if (row.kind === 'equipment') {
      equipmentHours.set(row.key, String(Number(equipmentHours.get(row.key) ?? 0) + weeklyHours(row.details)));
    }
  }
  const rollupKey = key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division', 'kind', 'status');
  return {
    listings: [
      await table(
        `SELECT ${rollupKey} AS key, sum(listings) AS value FROM analytics_listing_rollup GROUP BY 1 HAVING sum(listings) <> 0`,
      ),
      listingCounts,
    ],
    // The listings by month rollup, shaped like the page's breakdown, holds the same counts.
    listingsByMonth: [
      await table(
        `SELECT ${rollupKey} AS key, listings AS value FROM analytics_listing_month_rollup WHERE listings <> 0`,
      ),
      listingCounts,
    ],
    equipmentHours: [
      await table(
        `SELECT ${rollupKey} AS key, sum(weekly_hours)::float8 AS value FROM analytics_listing_rollup
          WHERE kind = 'equipment' GROUP BY 1 HAVING sum(listings) <> 0`,
      ),
      equipmentHours,
    ],
    capacityOffered: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division', 'status', 'capacity_unit', 'capacity_per')} AS key,
                sum(capacity_quantity)::float8 AS value
           FROM analytics_listing_rollup WHERE kind = 'capacity' GROUP BY 1 HAVING sum(listings) <> 0`,
      ),
      await table(
        `SELECT ${key('pm.park_id', month('l.created_at'), `coalesce(o.industry_section, '')`, `coalesce(o.industry_division, '')`, 'l.status', `l.details->'capacity'->>'unit'`, `l.details->'capacity'->>'per'`)} AS key,
                sum((l.details->'capacity'->>'quantity')::numeric)::float8 AS value
           FROM listings l JOIN organizations o ON o.id = l.owner_organization_id
           JOIN (${PARKS_OF}) pm ON pm.organization_id = l.owner_organization_id
          WHERE l.kind = 'capacity' GROUP BY 1`,
      ),
    ],
    deals: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division', 'kind', 'state', 'inside')} AS key, sum(deals) AS value
           FROM analytics_deal_rollup GROUP BY 1 HAVING sum(deals) <> 0`,
      ),
      await table(
        `SELECT ${key('park_id', month('created_at'), 'section', 'division', 'kind', 'state', 'inside')} AS key, count(*) AS value
           FROM (${DEAL_PARKS}) d GROUP BY 1`,
      ),
    ],
    bookedHours: [
      await table(
        `SELECT ${key('park_id', `to_char(week, 'YYYY-MM-DD')`, 'section', 'division')} AS key, sum(booked_hours)::float8 || '/' || sum(bookings) AS value
           FROM analytics_booking_rollup GROUP BY 1 HAVING sum(bookings) <> 0`,
      ),
      await table(
        `SELECT ${key('d.park_id', `to_char(date_trunc('week', lower(b.during) AT TIME ZONE ${LOCAL}), 'YYYY-MM-DD')`, 'd.section', 'd.division')} AS key,
                (sum(extract(epoch FROM upper(b.during) - lower(b.during))) / 3600)::float8 || '/' || count(*) AS value
           FROM (${DEAL_PARKS}) d JOIN bookings b ON b.deal_id = d.id
          WHERE d.kind = 'booking' AND d.state IN (${list(BOOKED_STATES)}) GROUP BY 1`,
      ),
    ],
    parties: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division', 'organization_id', 'role', 'size_class', 'level')} AS key,
                sum(deals) AS value
           FROM analytics_party_rollup GROUP BY 1 HAVING sum(deals) <> 0`,
      ),
      await table(
        `SELECT key, count(*) AS value FROM (
           SELECT ${key(
             'd.park_id',
             month('d.created_at'),
             'd.section',
             'd.division',
             'd.requester_organization_id',
             `'requester'`,
             `coalesce(r.size_class, '')`,
             `CASE WHEN r.badge->>'status' = 'verified' THEN r.badge->>'tier' ELSE '' END`,
           )} AS key
             FROM (${DEAL_PARKS}) d JOIN organizations r ON r.id = d.requester_organization_id
            WHERE d.state IN (${list(SERVED_STATES)})
           UNION ALL
           SELECT ${key('d.park_id', month('d.created_at'), 'd.section', 'd.division', 'd.provider_organization_id', `'provider'`, `coalesce(p.size_class, '')`, `''`)}
             FROM (${DEAL_PARKS}) d JOIN organizations p ON p.id = d.provider_organization_id
            WHERE d.state IN (${list(SERVED_STATES)})
         ) x GROUP BY key`,
      ),
    ],
    // Enterprises served, per park and month: SME requesters (with their 专精特新 level) and
    // large enterprises on either side, each with the number of its served deals there.
    served: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'organization_id', 'size_class', 'level')} AS key, deals AS value
           FROM analytics_served_rollup WHERE deals <> 0`,
      ),
      await table(
        `SELECT key, count(*) AS value FROM (
           SELECT ${key(
             'd.park_id',
             month('d.created_at'),
             'd.requester_organization_id',
             'r.size_class',
             `CASE WHEN r.size_class = 'large' OR r.badge->>'status' IS DISTINCT FROM 'verified' THEN '' ELSE coalesce(r.badge->>'tier', '') END`,
           )} AS key
             FROM (${DEAL_PARKS}) d JOIN organizations r ON r.id = d.requester_organization_id
            WHERE d.state IN (${list(SERVED_STATES)}) AND r.size_class IN ('large', 'medium', 'small', 'micro')
           UNION ALL
           SELECT ${key('d.park_id', month('d.created_at'), 'd.provider_organization_id', `'large'`, `''`)}
             FROM (${DEAL_PARKS}) d JOIN organizations p ON p.id = d.provider_organization_id
            WHERE d.state IN (${list(SERVED_STATES)}) AND p.size_class = 'large'
         ) x GROUP BY key`,
      ),
    ],
    licences: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division', 'open_licence')} AS key, sum(granted) AS value
           FROM analytics_licence_rollup GROUP BY 1 HAVING sum(granted) <> 0`,
      ),
      await table(
        `SELECT ${key('d.park_id', month('la.created_at'), 'd.section', 'd.division', 'la.open_licence')} AS key, count(*) AS value
           FROM (${DEAL_PARKS}) d JOIN licence_agreements la ON la.deal_id = d.id GROUP BY 1`,
      ),
    ],
    capacityReserved: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division', 'unit', 'per')} AS key, sum(reserved)::float8 AS value
           FROM analytics_capacity_rollup GROUP BY 1 HAVING sum(reserved) <> 0`,
      ),
      await table(
        `SELECT ${key(
          'd.park_id',
          `to_char(date_trunc('month', rp.period_start), 'YYYY-MM-DD')`,
          'd.section',
          'd.division',
          `l.details->'capacity'->>'unit'`,
          `l.details->'capacity'->>'per'`,
        )} AS key, sum(rp.quantity)::float8 AS value
           FROM (${DEAL_PARKS}) d JOIN reservation_periods rp ON rp.deal_id = d.id JOIN listings l ON l.id = d.listing_id
          WHERE rp.status = 'committed' GROUP BY 1`,
      ),
    ],
    responseHistogram: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division', 'bucket')} AS key, sum(deals) AS value
           FROM analytics_response_rollup GROUP BY 1 HAVING sum(deals) <> 0`,
      ),
      // Bucket 0 under a second, b ≥ 1 for [1.05^(b-1), 1.05^b) seconds.
      await table(
        `SELECT ${key(
          'd.park_id',
          month('d.created_at'),
          'd.section',
          'd.division',
          `CASE WHEN s.seconds < 1 THEN 0 ELSE 1 + floor(ln(s.seconds) / ln(1.05)) END`,
        )} AS key, count(*) AS value
           FROM (${DEAL_PARKS}) d
           JOIN (SELECT deal_id, min(created_at) AS first FROM deal_events WHERE actor_side = 'provider' GROUP BY deal_id) e
             ON e.deal_id = d.id
           CROSS JOIN LATERAL (SELECT extract(epoch FROM e.first - d.created_at)::float8 AS seconds) s
          GROUP BY 1`,
      ),
    ],
    responseByMonth: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'bucket')} AS key, deals AS value
           FROM analytics_response_month_rollup WHERE deals <> 0`,
      ),
      await table(
        `SELECT ${key(
          'd.park_id',
          month('d.created_at'),
          `CASE WHEN s.seconds < 1 THEN 0 ELSE 1 + floor(ln(s.seconds) / ln(1.05)) END`,
        )} AS key, count(*) AS value
           FROM (${DEAL_PARKS}) d
           JOIN (SELECT deal_id, min(created_at) AS first FROM deal_events WHERE actor_side = 'provider' GROUP BY deal_id) e
             ON e.deal_id = d.id
           CROSS JOIN LATERAL (SELECT extract(epoch FROM e.first - d.created_at)::float8 AS seconds) s
          GROUP BY 1`,
      ),
    ],
    medianResponse: [
      await table(
        `SELECT ${key('park_id', `to_char(month, 'YYYY-MM-DD')`, 'section', 'division')} AS key,
                round(percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_seconds)::numeric, 3) AS value
           FROM analytics_deal_facts WHERE first_response_seconds IS NOT NULL GROUP BY 1`,
      ),
      await table(
        `SELECT ${key('d.park_id', month('d.created_at'), 'd.section', 'd.division')} AS key,
                round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.first - d.created_at))::numeric, 3) AS value
           FROM (${DEAL_PARKS}) d
           JOIN (SELECT deal_id, min(created_at) AS first FROM deal_events WHERE actor_side = 'provider' GROUP BY deal_id) e
             ON e.deal_id = d.id
          GROUP BY 1`,
      ),
    ],
  };
}

function expectEqual(tables: Record<string, [Table, Table]>): void {
  for (const [name, [rollup, recount]] of Object.entries(tables)) {
    const round = (t: Table) =>
      new Map(
        [...t].map(([k, v]) => [
          k,
          v
            .split('/')
            .map((x) => Number(Number(x).toFixed(3)))
            .join('/'),
        ]),
      );
    expect({ name, rows: Object.fromEntries(round(rollup)) }).toEqual({
      name,
      rows: Object.fromEntries(round(recount)),
    });
  }
}

/** Every analytics row, to show that a replay changes none. */
async function snapshot(): Promise<string> {
  const tables = [
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
  const parts: string[] = [];
  for (const t of tables) {
    const rows: Array<{ r: string }> = await dataSource.query(`SELECT t::text AS r FROM ${t} t ORDER BY 1`);
    parts.push(`${t}: ${rows.map((r) => r.r).join('\n')}`);
  }
  return parts.join('\n');
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** The events the world's history would have written, as the outbox holds them. */
async function events(): Promise<Array<{ type: string; payload: Record<string, string> }>> {
  return dataSource.query(
    `SELECT 'listing.created' AS type, jsonb_build_object('listingId', id, 'ownerOrganizationId', owner_organization_id, 'kind', kind) AS payload FROM listings
     UNION ALL SELECT 'listing.status_changed', jsonb_build_object('listingId', id) FROM listings WHERE status <> 'draft'
     UNION ALL SELECT 'deal.created', jsonb_build_object('dealId', id, 'listingId', listing_id) FROM deals
     UNION ALL SELECT 'deal.state_changed', jsonb_build_object('dealId', deal_id) FROM deal_events WHERE actor_side <> 'requester'
     UNION ALL SELECT 'park_membership.approved', jsonb_build_object('parkId', park_id, 'organizationId', organization_id)
               FROM park_memberships WHERE status = 'approved'
     UNION ALL SELECT 'organization.badge_verified', jsonb_build_object('organizationId', id) FROM organizations WHERE badge->>'status' = 'verified'`,
  );
}

/** Replays the events in random order, in random batches, two batches at a time. */
async function replay(all: Array<{ type: string; payload: object }>): Promise<void> {
  const queue = shuffle([...all]);
  const lane = async () => {
    while (queue.length > 0) {
      const batch = queue.splice(0, 1 + randomInt(60));
      await project.execute(changesOf(batch));
    }
  };
  await Promise.all([lane(), lane()]);
}

beforeAll(async () => {
  db = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions({ database: { url: db.url, poolSize: 6 } })).initialize();
  runner = dataSource.createQueryRunner();
  project = new ProjectAnalyticsUseCase(new UnitOfWork(dataSource), new AnalyticsProjectionRepository());
}, 60_000);

afterAll(async () => {
  await runner?.release();
  await dataSource?.destroy();
  await db?.drop();
});

it('keeps every rollup equal to a recount from the base tables, through changes and replays', async () => {
  const seed = Math.random() * 2 - 1;
  const parks = await seedAnalyticsWorld(
    (text, params) => runner.query(text, params),
    { parks: 4, enterprises: 60, listings: 300, deals: 1_500, months: 24, seed },
    'RC01',
  );
  expect(parks).toHaveLength(4);

  const history = await events();
  await replay(history);
  const first = await rollupsAndRecounts();
  expect(first.deals[1].size).toBeGreaterThan(50); // a world with something in it, seed ${seed}
  expect(first.bookedHours[1].size).toBeGreaterThan(5);
  expect(first.licences[1].size).toBeGreaterThan(2);
  expect(first.capacityReserved[1].size).toBeGreaterThan(2);
  expect(first.responseHistogram[1].size).toBeGreaterThan(50);
  expect(first.served[1].size).toBeGreaterThan(20);
  expectEqual(first);

  // Replaying every event once more changes no fact and no rollup.
  const before = await snapshot();
  await replay(history);
  expect(await snapshot()).toBe(before);

  // The world moves on: deals advance or are cancelled, enterprises join a park, change
  // size class, industry and badge; listings change status. Each change writes its event.
  const changed: Array<{ type: string; payload: object }> = [];
  const moved: Array<{ id: string }> = await dataSource.query(
    `WITH changed AS (UPDATE deals SET state = CASE WHEN state = 'requested' THEN 'cancelled' ELSE 'completed' END
      WHERE id IN (SELECT id FROM deals ORDER BY random() LIMIT 200) RETURNING id) SELECT id FROM changed`,
  );
  await dataSource.query(
    `INSERT INTO deal_events (deal_id, actor_side, action, to_state, created_at)
     SELECT id, 'provider', 'step', state, created_at + interval '90 minutes' FROM deals WHERE id = ANY($1::uuid[])`,
    [moved.map((d) => d.id)],
  );
  await dataSource.query(
    `UPDATE bookings SET during = tstzrange(lower(during), lower(during) + interval '7 hours'),
                         blocked = tstzrange(lower(during), lower(during) + interval '7 hours')
      WHERE deal_id = ANY($1::uuid[])`,
    [moved.map((d) => d.id)],
  );
  expect(moved.length).toBe(200);
  changed.push(...moved.map((d) => ({ type: 'deal.state_changed', payload: { dealId: d.id } })));
  const joined: Array<{ organization_id: string }> = await dataSource.query(
    `WITH changed AS (UPDATE park_memberships SET status = 'approved' WHERE status = 'pending' RETURNING organization_id)
     SELECT organization_id FROM changed`,
  );
  changed.push(
    ...joined.map((m) => ({ type: 'park_membership.approved', payload: { organizationId: m.organization_id } })),
  );
  const reclassified: Array<{ id: string }> = await dataSource.query(
    `WITH changed AS (UPDATE organizations SET size_class = CASE WHEN size_class = 'large' THEN 'small' ELSE 'large' END,
                              industry_section = 'C', industry_division = 'C38',
                              badge = CASE WHEN badge IS NULL THEN NULL ELSE jsonb_set(badge, '{status}', '"verified"') END
      WHERE id IN (SELECT id FROM organizations WHERE kind = 'enterprise' ORDER BY random() LIMIT 10) RETURNING id)
     SELECT id FROM changed`,
  );
  changed.push(...reclassified.map((o) => ({ type: 'organization.facts_changed', payload: { organizationId: o.id } })));
  const restatused: Array<{ id: string }> = await dataSource.query(
    `WITH changed AS (UPDATE listings SET status = 'archived' WHERE id IN (SELECT id FROM listings ORDER BY random() LIMIT 30) RETURNING id)
     SELECT id FROM changed`,
  );
  changed.push(...restatused.map((l) => ({ type: 'listing.status_changed', payload: { listingId: l.id } })));
  await replay(changed);
  expectEqual(await rollupsAndRecounts());

  // And the whole history replayed on top, twice, still changes nothing.
  const settled = await snapshot();
  await replay([...history, ...changed]);
  await replay([...history, ...changed]);
  expect(await snapshot()).toBe(settled);

  // A bulk rebuild (triggers off, rollups summed from the facts) agrees with the recounts too.
  const rebuilt = await project.rebuildAll(500, { bulk: true });
  expect(rebuilt.deals).toBe(1_500);
  expectEqual(await rollupsAndRecounts());

  // The platform's comparison sums each park's totals in the database: the same totals as
  // the park's own page adds up from its breakdowns, for a year and for the whole history.
  const reads = new AnalyticsReadRepository();
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  for (const period of [
    { from: day(365), to: day(0) },
    { from: day(800), to: day(1) },
  ]) {
    const totals = await reads.totals(dataSource.manager, parks, period);
    for (const park of parks) {
      const page = parkFigures(park, period, await reads.figures(dataSource.manager, [park], period));
      expect({ park, period, totals: parkTotals(park, period, totals) }).toEqual({ park, period, totals: page.totals });
    }
  }
  // Distinct enterprises served over arbitrary periods (whole months from the one of `from`
  // to the one of `to`), in all and by size class, as a recount from the base tables.
  for (let i = 0; i < 6; i++) {
    const a = randomInt(0, 800);
    const period = { from: day(a + randomInt(0, 400)), to: day(a) };
    const raw = await reads.figures(dataSource.manager, parks, period);
    for (const park of parks) {
      const page = parkFigures(park, period, raw).enterprises;
      const recount: Array<{ size_class: string | null; smes: number; large: number }> = await dataSource.query(
        `SELECT size_class, count(DISTINCT org) FILTER (WHERE sme)::int AS smes, count(DISTINCT org) FILTER (WHERE large)::int AS large
           FROM (SELECT d.requester_organization_id AS org, r.size_class,
                        r.size_class IN ('medium', 'small', 'micro') AS sme, r.size_class = 'large' AS large
                   FROM (${DEAL_PARKS}) d JOIN organizations r ON r.id = d.requester_organization_id
                  WHERE d.park_id = $1 AND d.state IN (${list(SERVED_STATES)})
                    AND date_trunc('month', d.created_at AT TIME ZONE ${LOCAL})::date BETWEEN date_trunc('month', $2::date)::date AND $3::date
                 UNION ALL
                 SELECT d.provider_organization_id, p.size_class, false, p.size_class = 'large'
                   FROM (${DEAL_PARKS}) d JOIN organizations p ON p.id = d.provider_organization_id
                  WHERE d.park_id = $1 AND d.state IN (${list(SERVED_STATES)})
                    AND date_trunc('month', d.created_at AT TIME ZONE ${LOCAL})::date BETWEEN date_trunc('month', $2::date)::date AND $3::date) x
          GROUP BY GROUPING SETS ((), (size_class))
         HAVING count(*) FILTER (WHERE sme OR large) > 0 OR GROUPING(size_class) = 1
          ORDER BY GROUPING(size_class) DESC, size_class`,
        [park, period.from, period.to],
      );
      const [all, ...bySize] = recount;
      expect({ park, period, smes: page.smesServed, large: page.largeEnterprises }).toEqual({
        park,
        period,
        smes: all.smes,
        large: all.large,
      });
      expect(page.bySizeClass).toEqual(
        bySize.map((r) => ({ sizeClass: r.size_class || null, smes: r.smes, large: r.large })),
      );
    }
  }

  const [{ deals: responded }] = await dataSource.query(
    `SELECT count(*)::int AS deals FROM analytics_deal_facts WHERE first_response_seconds IS NOT NULL`,
  );
  const all = await reads.figures(dataSource.manager, parks, { from: day(1_500), to: day(0) });
  const perPark = parks.map((park) => parkFigures(park, { from: day(1_500), to: day(0) }, all).responseTime.deals);
  expect(perPark.reduce((a, b) => a + b, 0)).toBe(responded);
}, 240_000);
