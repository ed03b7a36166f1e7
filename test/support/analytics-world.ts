/**
 * A synthetic marketplace for park analytics, bulk-inserted with SQL (no API, no events):
 * parks and their operators, enterprises of every size class, industry and 专精特新 tier
 * (some in two parks, some in none, some only pending), listings of every kind and
 * status, and deals of every kind and state over `months` months with their audit
 * events, booked slots, licence agreements and committed capacity. Used by the rollup
 * correctness test (small, random) and by `npm run bench:analytics` (large).
 */
export interface AnalyticsWorldSize {
  parks: number;
  enterprises: number;
  listings: number;
  deals: number;
  /** Deals and listings are spread over this many months before `until`. */
  months: number;
  /** The seed of PostgreSQL's random() (−1…1). */
  seed: number;
  until?: string;
}

/** Runs one statement; every call must go to the same connection (the seed uses temporary tables). */
export type Sql = (text: string, params?: unknown[]) => Promise<unknown>;

const SECTIONS_DIVISIONS = [
  ['C', 'C34'],
  ['C', 'C35'],
  ['C', 'C36'],
  ['C', 'C39'],
  ['C', 'C40'],
  ['M', 'M73'],
  ['M', 'M74'],
  ['I', 'I65'],
];

/** Inserts the world; returns the ids of the parks it made. `tag` keeps names and codes apart between worlds. */
export async function seedAnalyticsWorld(sql: Sql, size: AnalyticsWorldSize, tag: string): Promise<string[]> {
  const until = size.until ?? new Date().toISOString();
  await sql(`SELECT setseed($1)`, [size.seed]);
  const industries = `(ARRAY[${SECTIONS_DIVISIONS.map(([s]) => `'${s}'`).join(',')}])`;
  const divisions = `(ARRAY[${SECTIONS_DIVISIONS.map(([, d]) => `'${d}'`).join(',')}])`;
  const when = (until: string, months: string) =>
    `(${until}::timestamptz - random() * make_interval(days => ${months}::int * 30))`;

  await sql(
    `INSERT INTO organizations (kind, name, verification_state)
     SELECT 'park_operator', 'AW ' || $1 || ' operator ' || g, 'verified' FROM generate_series(1, $2) g`,
    [tag, size.parks],
  );
  const parks = (await sql(
    `INSERT INTO parks (name, region_code, operator_organization_id)
     SELECT 'AW ' || $1 || ' park ' || o.n, '320594', o.id
     FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organizations
           WHERE kind = 'park_operator' AND name LIKE 'AW ' || $1 || ' operator %') o
     RETURNING id`,
    [tag],
  )) as Array<{ id: string }>;

  await sql(
    `CREATE TEMP TABLE aw_parks AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM parks WHERE name LIKE 'AW ' || $1 || ' park %'`,
    [tag],
  );
  await sql(
    `CREATE TEMP TABLE aw_enterprises AS
     SELECT g AS n, gen_random_uuid() AS id, gen_random_uuid() AS user_id,
            floor(random() * ${SECTIONS_DIVISIONS.length})::int + 1 AS industry,
            (ARRAY['large', 'medium', 'small', 'micro', NULL])[floor(random() * 5)::int + 1] AS size_class,
            (ARRAY['innovative_sme', 'provincial', 'little_giant', NULL, NULL, NULL])[floor(random() * 6)::int + 1] AS tier,
            (ARRAY['verified', 'verified', 'pending', 'rejected'])[floor(random() * 4)::int + 1] AS badge_status,
            random() AS placement
     FROM generate_series(1, $1) g`,
    [size.enterprises],
  );
  await sql(
    `INSERT INTO users (id, email, display_name, password_hash)
     SELECT user_id, 'aw.' || $1 || '.' || n || '@example.cn', 'AW user ' || n, 'x' FROM aw_enterprises`,
    [tag],
  );
  await sql(
    `INSERT INTO organizations (id, kind, name, uscc, region_code, industry_section, industry_division, size_class, badge, verification_state)
     SELECT e.id, 'enterprise', 'AW ' || $1 || ' enterprise ' || e.n,
            rpad($1, 4, '0') || lpad(e.n::text, 14, '0'), '320594',
            CASE WHEN e.industry = 1 AND e.placement < 0.1 THEN NULL ELSE ${industries}[e.industry] END,
            CASE WHEN e.industry = 1 AND e.placement < 0.1 THEN NULL ELSE ${divisions}[e.industry] END,
            e.size_class,
            CASE WHEN e.tier IS NULL THEN NULL ELSE jsonb_build_object('tier', e.tier, 'issuingAuthority', '工业和信息化部',
                 'certificateNumber', 'AW-' || e.n, 'expiresOn', '2029-12-31', 'status', e.badge_status) END,
            'verified'
     FROM aw_enterprises e`,
    [tag.slice(0, 4)],
  );
  await sql(`INSERT INTO memberships (user_id, organization_id, role) SELECT user_id, id, 'owner' FROM aw_enterprises`);
  // Most belong to one park; some to two, some are only pending, a few belong nowhere.
  await sql(
    `INSERT INTO park_memberships (park_id, organization_id, status)
     SELECT p.id, e.id, CASE WHEN e.placement < 0.93 THEN 'approved' ELSE 'pending' END
     FROM aw_enterprises e JOIN aw_parks p ON p.n = 1 + (e.n % $1::int)
     WHERE e.placement >= 0.03`,
    [size.parks],
  );
  await sql(
    `INSERT INTO park_memberships (park_id, organization_id, status)
     SELECT p.id, e.id, 'approved'
     FROM aw_enterprises e JOIN aw_parks p ON p.n = 1 + ((e.n * 7 + 3) % $1::int)
     WHERE e.placement > 0.85 AND 1 + ((e.n * 7 + 3) % $1::int) <> 1 + (e.n % $1::int)`,
    [size.parks],
  );

  await sql(
    `CREATE TEMP TABLE aw_listings AS
     SELECT g AS n, gen_random_uuid() AS id, 1 + floor(random() * $1::int)::int AS owner,
            (ARRAY['capacity', 'equipment', 'ip'])[floor(random() * 3)::int + 1] AS kind,
            (ARRAY['draft', 'pending_review', 'published', 'published', 'published', 'rejected', 'suspended', 'archived'])[floor(random() * 8)::int + 1] AS status,
            ${when('$2', '$3')} AS created_at, random() AS r
     FROM generate_series(1, $4::int) g`,
    [size.enterprises, until, size.months, size.listings],
  );
  await sql(
    `INSERT INTO listings (id, owner_organization_id, kind, status, title, description, category, region_code, details, created_at, updated_at)
     SELECT l.id, e.id, l.kind, l.status, 'AW listing ' || l.n, 'synthetic', 'synthetic', '320594',
            CASE l.kind
              WHEN 'capacity' THEN jsonb_build_object('capacity', jsonb_build_object(
                'quantity', 10 * (1 + floor(l.r * 80)), 'unit', (ARRAY['machine_hour', 'piece', 'tonne'])[1 + floor(l.r * 3)::int],
                'per', CASE WHEN l.r < 0.5 THEN 'week' ELSE 'month' END))
              WHEN 'equipment' THEN CASE WHEN l.r < 0.3 THEN '{}'::jsonb ELSE jsonb_build_object('booking', jsonb_build_object(
                'openingHours', jsonb_build_object(
                  'mon', jsonb_build_array(jsonb_build_object('start', '08:00', 'end', CASE WHEN l.r < 0.6 THEN '17:30' ELSE '20:00' END)),
                  'tue', jsonb_build_array(jsonb_build_object('start', '09:00', 'end', '12:00'), jsonb_build_object('start', '13:00', 'end', '18:00')),
                  'sat', CASE WHEN l.r > 0.8 THEN jsonb_build_array(jsonb_build_object('start', '00:00', 'end', '24:00')) ELSE '[]'::jsonb END,
                  'sun', '[]'::jsonb))) END
              ELSE jsonb_build_object('patentNumber', '202310123456.6', 'openLicence', l.r < 0.4)
            END,
            l.created_at, l.created_at
     FROM aw_listings l JOIN aw_enterprises e ON e.n = l.owner`,
  );
  await sql(`CREATE INDEX ON aw_listings (n)`);

  await sql(
    `CREATE TEMP TABLE aw_deals AS
     SELECT d.n, gen_random_uuid() AS id, l.id AS listing_id, l.kind AS listing_kind, le.id AS provider,
            CASE WHEN re.id = le.id THEN re2.id ELSE re.id END AS requester,
            CASE WHEN re.id = le.id THEN re2.user_id ELSE re.user_id END AS requester_user,
            d.created_at, d.r, d.r2
     FROM (SELECT g AS n, 1 + floor(random() * $1::int)::int AS listing, 1 + floor(random() * $2::int)::int AS requester,
                  ${when('$3', '$4')} AS created_at, random() AS r, random() AS r2
           FROM generate_series(1, $5::int) g) d
     JOIN aw_listings l ON l.n = d.listing
     JOIN aw_enterprises le ON le.n = l.owner
     JOIN aw_enterprises re ON re.n = d.requester
     JOIN aw_enterprises re2 ON re2.n = 1 + (d.requester % $2::int)`,
    [size.listings, size.enterprises, until, size.months, size.deals],
  );
  await sql(
    `INSERT INTO deals (id, kind, listing_id, listing_title, requester_organization_id, requester_user_id,
                        provider_organization_id, state, terms, created_at, updated_at)
     SELECT d.id,
            CASE d.listing_kind WHEN 'equipment' THEN CASE WHEN d.r2 < 0.8 THEN 'booking' ELSE 'sample_test' END
                                WHEN 'capacity' THEN 'reservation' ELSE 'licence' END,
            d.listing_id, 'AW deal', d.requester, d.requester_user, d.provider,
            CASE d.listing_kind
              WHEN 'equipment' THEN CASE WHEN d.r2 < 0.8
                THEN (ARRAY['requested', 'confirmed', 'completed', 'completed', 'no_show', 'declined', 'cancelled', 'expired'])[1 + floor(d.r * 8)::int]
                ELSE (ARRAY['requested', 'accepted', 'samples_received', 'report_delivered', 'completed', 'declined'])[1 + floor(d.r * 6)::int] END
              ELSE (ARRAY['requested', 'countered', 'accepted', 'accepted', 'completed', 'declined', 'cancelled', 'expired'])[1 + floor(d.r * 8)::int]
            END,
            '{}'::jsonb, d.created_at, d.created_at
     FROM aw_deals d`,
  );
  await sql(
    `INSERT INTO deal_events (deal_id, actor_user_id, actor_side, action, from_state, to_state, created_at)
     SELECT id, requester_user_id, 'requester', 'create', NULL, 'requested', created_at FROM deals WHERE id IN (SELECT id FROM aw_deals)`,
  );
  await sql(
    `INSERT INTO deal_events (deal_id, actor_side, action, from_state, to_state, created_at)
     SELECT d.id, CASE WHEN d.state = 'expired' THEN 'system' ELSE 'provider' END, 'step', 'requested', d.state,
            d.created_at + make_interval(secs => 60 + a.r * 3 * 86400)
     FROM deals d JOIN aw_deals a ON a.id = d.id WHERE d.state <> 'requested'`,
  );
  await sql(
    `INSERT INTO bookings (deal_id, listing_id, service_mode, during, blocked, active)
     SELECT d.id, d.listing_id, 'technician_operated', tstzrange(s.start, s.start + make_interval(mins => 30 * (1 + floor(a.r2 * 8)::int))),
            tstzrange(s.start, s.start + make_interval(mins => 30 * (1 + floor(a.r2 * 8)::int))), false
     FROM deals d JOIN aw_deals a ON a.id = d.id
     CROSS JOIN LATERAL (SELECT date_trunc('hour', d.created_at) + make_interval(days => 1 + floor(a.r * 20)::int) AS start) s
     WHERE d.kind = 'booking'`,
  );
  await sql(
    `INSERT INTO licence_agreements (deal_id, listing_id, licensor_organization_id, licensee_organization_id, licence_type,
                                     territory, field_of_use, starts_on, ends_on, open_licence, terms, status, created_at)
     SELECT d.id, d.listing_id, d.provider_organization_id, d.requester_organization_id, 'ordinary_licence', 'CN', 'any',
            (d.created_at + interval '2 days')::date, (d.created_at + make_interval(months => 6 + floor(a.r2 * 30)::int))::date,
            a.r2 < 0.5, '{}'::jsonb, CASE WHEN a.r2 > 0.9 THEN 'terminated' ELSE 'active' END, d.created_at + interval '1 day'
     FROM deals d JOIN aw_deals a ON a.id = d.id
     WHERE d.kind = 'licence' AND d.state IN ('accepted', 'completed')`,
  );
  await sql(
    `CREATE TEMP TABLE aw_periods AS
     SELECT d.id AS deal_id, d.listing_id, (date_trunc('month', d.created_at) + make_interval(months => k))::date AS period_start,
            (1 + floor(a.r2 * 50))::numeric AS quantity,
            CASE WHEN d.state IN ('accepted', 'completed') THEN 'committed' ELSE 'released' END AS status
     FROM deals d JOIN aw_deals a ON a.id = d.id CROSS JOIN generate_series(1, 1 + floor(a.r * 2)::int) k
     WHERE d.kind = 'reservation' AND d.state IN ('accepted', 'completed', 'cancelled')`,
  );
  await sql(
    `INSERT INTO capacity_periods (listing_id, period_start, period_end, offered, committed)
     SELECT listing_id, period_start, (period_start + interval '1 month - 1 day')::date, 1000000,
            coalesce(sum(quantity) FILTER (WHERE status = 'committed'), 0)
     FROM aw_periods GROUP BY listing_id, period_start`,
  );
  await sql(
    `INSERT INTO reservation_periods (deal_id, listing_id, period_start, quantity, status)
     SELECT deal_id, listing_id, period_start, quantity, status FROM aw_periods`,
  );
  for (const table of ['aw_parks', 'aw_enterprises', 'aw_listings', 'aw_deals', 'aw_periods']) {
    await sql(`DROP TABLE ${table}`);
  }
  return parks.map((p) => p.id);
}
