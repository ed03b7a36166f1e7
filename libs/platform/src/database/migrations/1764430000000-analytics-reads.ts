import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Park analytics read in O(months × industries) rows (issue 18, benchmark): the median time
 * to a provider's first response came from sorting every deal fact of the park and period
 * on each page view; it now comes from a histogram kept like the other rollups, per park,
 * month and industry, in buckets 5% wide (so a median read from it is within 2.5% of the
 * exact one). Licences in force are counted from a partial index that holds what the count
 * needs (no visit to the facts' rows), and the party rollup gets an index that covers the
 * distinct counts of enterprises served. The histogram is filled from the facts here.
 */
export class AnalyticsReads1764430000000 implements MigrationInterface {
  name = 'AnalyticsReads1764430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Bucket 0: under a second; bucket b ≥ 1: [1.05^(b-1), 1.05^b) seconds.
    await queryRunner.query(`
      CREATE FUNCTION analytics_response_bucket(seconds double precision) RETURNS smallint AS $$
        SELECT CASE WHEN seconds IS NULL THEN NULL
                    WHEN seconds < 1 THEN 0
                    ELSE (1 + floor(ln(seconds) / ln(1.05)))::smallint END
      $$ LANGUAGE sql IMMUTABLE PARALLEL SAFE`);
    await queryRunner.query(`
      CREATE TABLE analytics_response_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        bucket smallint NOT NULL,
        deals integer NOT NULL,
        CONSTRAINT analytics_response_rollup_pkey PRIMARY KEY (park_id, month, section, division, bucket)
      )`);
    await queryRunner.query(`
      INSERT INTO analytics_response_rollup (park_id, month, section, division, bucket, deals)
      SELECT park_id, month, section, division, analytics_response_bucket(first_response_seconds), count(*)
      FROM analytics_deal_facts WHERE first_response_seconds IS NOT NULL
      GROUP BY 1, 2, 3, 4, 5`);
    await queryRunner.query(`
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
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(
      `CREATE INDEX analytics_deal_facts_in_force_idx ON analytics_deal_facts (park_id, licence_ends_on)
         INCLUDE (licence_starts_on, section, division, licence_open) WHERE licence_active`,
    );
    await queryRunner.query(
      `CREATE INDEX analytics_party_rollup_served_idx ON analytics_party_rollup (park_id, month)
         INCLUDE (section, division, organization_id, role, size_class, level) WHERE deals > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX analytics_party_rollup_served_idx`);
    await queryRunner.query(`DROP INDEX analytics_deal_facts_in_force_idx`);
    await queryRunner.query(`
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
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`DROP TABLE analytics_response_rollup`);
    await queryRunner.query(`DROP FUNCTION analytics_response_bucket(double precision)`);
  }
}
