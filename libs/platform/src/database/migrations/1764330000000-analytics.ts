import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Park analytics (issue 18). The worker keeps one fact row per listing, deal and reserved
 * period for each park the fact belongs to (the approved parks of the listing's owner; of
 * either party for a deal), re-derived from the base tables whenever an event says the
 * entity changed. Triggers turn every change of a fact row into deltas of the rollup
 * tables (subtract the old row, add the new), so the rollups are exactly the sums of the
 * facts, and re-deriving a fact that did not change (an event replayed) changes nothing.
 * Pages read the rollups (and, for the median response time and licences in force, the
 * facts of one park), never the base tables. Months and weeks are Asia/Shanghai's; an
 * unknown industry, size class or 专精特新 level is ''.
 */
export class Analytics1764330000000 implements MigrationInterface {
  name = 'Analytics1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics_listing_facts (
        listing_id uuid NOT NULL,
        park_id uuid NOT NULL,
        owner_organization_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        weekly_hours numeric NOT NULL,
        capacity_unit text NOT NULL,
        capacity_per text NOT NULL,
        capacity_quantity numeric NOT NULL,
        CONSTRAINT analytics_listing_facts_pkey PRIMARY KEY (listing_id, park_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX analytics_listing_facts_owner_idx ON analytics_listing_facts (owner_organization_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE analytics_deal_facts (
        deal_id uuid NOT NULL,
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        kind text NOT NULL,
        state text NOT NULL,
        inside boolean NOT NULL,
        served boolean NOT NULL,
        requester_organization_id uuid NOT NULL,
        requester_size text NOT NULL,
        requester_level text NOT NULL,
        provider_organization_id uuid NOT NULL,
        provider_size text NOT NULL,
        first_response_seconds double precision,
        booked_week date,
        booked_hours numeric NOT NULL,
        licence_month date,
        licence_open boolean,
        licence_active boolean,
        licence_starts_on date,
        licence_ends_on date,
        CONSTRAINT analytics_deal_facts_pkey PRIMARY KEY (deal_id, park_id)
      )`);
    await queryRunner.query(`CREATE INDEX analytics_deal_facts_park_idx ON analytics_deal_facts (park_id, month)`);
    await queryRunner.query(
      `CREATE INDEX analytics_deal_facts_requester_idx ON analytics_deal_facts (requester_organization_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX analytics_deal_facts_provider_idx ON analytics_deal_facts (provider_organization_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE analytics_reservation_facts (
        deal_id uuid NOT NULL,
        park_id uuid NOT NULL,
        period_start date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        unit text NOT NULL,
        per text NOT NULL,
        quantity numeric NOT NULL,
        CONSTRAINT analytics_reservation_facts_pkey PRIMARY KEY (deal_id, park_id, period_start)
      )`);

    await queryRunner.query(`
      CREATE TABLE analytics_listing_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        capacity_unit text NOT NULL,
        capacity_per text NOT NULL,
        listings integer NOT NULL,
        weekly_hours numeric NOT NULL,
        capacity_quantity numeric NOT NULL,
        CONSTRAINT analytics_listing_rollup_pkey
          PRIMARY KEY (park_id, month, section, division, kind, status, capacity_unit, capacity_per)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_deal_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        kind text NOT NULL,
        state text NOT NULL,
        inside boolean NOT NULL,
        deals integer NOT NULL,
        CONSTRAINT analytics_deal_rollup_pkey PRIMARY KEY (park_id, month, section, division, kind, state, inside)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_booking_rollup (
        park_id uuid NOT NULL,
        week date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        bookings integer NOT NULL,
        booked_hours numeric NOT NULL,
        CONSTRAINT analytics_booking_rollup_pkey PRIMARY KEY (park_id, week, section, division)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_party_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        organization_id uuid NOT NULL,
        role text NOT NULL,
        size_class text NOT NULL,
        level text NOT NULL,
        deals integer NOT NULL,
        CONSTRAINT analytics_party_rollup_pkey
          PRIMARY KEY (park_id, month, section, division, organization_id, role, size_class, level)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_licence_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        open_licence boolean NOT NULL,
        granted integer NOT NULL,
        CONSTRAINT analytics_licence_rollup_pkey PRIMARY KEY (park_id, month, section, division, open_licence)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_capacity_rollup (
        park_id uuid NOT NULL,
        month date NOT NULL,
        section text NOT NULL,
        division text NOT NULL,
        unit text NOT NULL,
        per text NOT NULL,
        reserved numeric NOT NULL,
        CONSTRAINT analytics_capacity_rollup_pkey PRIMARY KEY (park_id, month, section, division, unit, per)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION analytics_listing_delta(f analytics_listing_facts, sign integer) RETURNS void AS $$
      BEGIN
        INSERT INTO analytics_listing_rollup AS r
          (park_id, month, section, division, kind, status, capacity_unit, capacity_per, listings, weekly_hours, capacity_quantity)
        VALUES (f.park_id, f.month, f.section, f.division, f.kind, f.status, f.capacity_unit, f.capacity_per,
                sign, sign * f.weekly_hours, sign * f.capacity_quantity)
        ON CONFLICT ON CONSTRAINT analytics_listing_rollup_pkey DO UPDATE
          SET listings = r.listings + excluded.listings,
              weekly_hours = r.weekly_hours + excluded.weekly_hours,
              capacity_quantity = r.capacity_quantity + excluded.capacity_quantity;
      END $$ LANGUAGE plpgsql`);
    await queryRunner.query(`
      CREATE FUNCTION analytics_deal_delta(f analytics_deal_facts, sign integer) RETURNS void AS $$
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
    await queryRunner.query(`
      CREATE FUNCTION analytics_reservation_delta(f analytics_reservation_facts, sign integer) RETURNS void AS $$
      BEGIN
        INSERT INTO analytics_capacity_rollup AS r (park_id, month, section, division, unit, per, reserved)
        VALUES (f.park_id, date_trunc('month', f.period_start)::date, f.section, f.division, f.unit, f.per,
                sign * f.quantity)
        ON CONFLICT ON CONSTRAINT analytics_capacity_rollup_pkey DO UPDATE SET reserved = r.reserved + excluded.reserved;
      END $$ LANGUAGE plpgsql`);
    for (const fact of ['listing', 'deal', 'reservation']) {
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fact of ['listing', 'deal', 'reservation']) {
      await queryRunner.query(`DROP FUNCTION analytics_${fact}_facts_changed() CASCADE`);
      await queryRunner.query(`DROP FUNCTION analytics_${fact}_delta(analytics_${fact}_facts, integer)`);
      await queryRunner.query(`DROP TABLE analytics_${fact}_facts`);
    }
    for (const rollup of ['listing', 'deal', 'booking', 'party', 'licence', 'capacity']) {
      await queryRunner.query(`DROP TABLE analytics_${rollup}_rollup`);
    }
  }
}
