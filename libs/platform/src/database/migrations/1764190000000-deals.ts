import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deals: bookings of equipment time, sample-testing orders, capacity reservations and
 * licence requests, with their offers, messages, documents, audit trail and reviews.
 * PostgreSQL does the integrity work: an exclusion constraint makes double booking
 * impossible, period rows carry a CHECK that what is held and committed never exceeds
 * what was offered, and one licence agreement per deal.
 */
export class Deals1764190000000 implements MigrationInterface {
  name = 'Deals1764190000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE deals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('booking', 'sample_test', 'reservation', 'licence')),
        listing_id uuid NOT NULL REFERENCES listings (id),
        -- The title when the deal was opened: what both parties saw, whatever it is renamed to.
        listing_title text NOT NULL,
        requester_organization_id uuid NOT NULL REFERENCES organizations (id),
        requester_user_id uuid NOT NULL REFERENCES users (id),
        provider_organization_id uuid NOT NULL REFERENCES organizations (id),
        state text NOT NULL CHECK (state IN (
          'requested', 'countered', 'confirmed', 'accepted', 'samples_received', 'report_delivered',
          'completed', 'no_show', 'declined', 'expired', 'cancelled')),
        -- Whose move it is while the deal waits on one party; null when it waits on nobody.
        turn text CHECK (turn IN ('requester', 'provider')),
        terms jsonb NOT NULL,
        hold_expires_at timestamptz,
        cancelled_by text CHECK (cancelled_by IN ('requester', 'provider')),
        late_cancellation boolean,
        state_reason text,
        idempotency_key text,
        request_fingerprint text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK (requester_organization_id <> provider_organization_id),
        CHECK ((idempotency_key IS NULL) = (request_fingerprint IS NULL)),
        CONSTRAINT deals_idempotency_key UNIQUE (requester_user_id, idempotency_key)
      )`);
    await queryRunner.query(`CREATE INDEX deals_requester_idx ON deals (requester_organization_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX deals_provider_idx ON deals (provider_organization_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX deals_listing_idx ON deals (listing_id, state)`);
    await queryRunner.query(
      `CREATE INDEX deals_holds_idx ON deals (hold_expires_at) WHERE hold_expires_at IS NOT NULL AND state IN ('requested', 'countered')`,
    );

    // The audit trail: every step of every deal, who took it and what changed.
    await queryRunner.query(`
      CREATE TABLE deal_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        deal_id uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES users (id),
        actor_side text NOT NULL CHECK (actor_side IN ('requester', 'provider', 'system')),
        action text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        data jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX deal_events_deal_idx ON deal_events (deal_id, id)`);

    // Equipment time. A booking blocks [start, end + buffer) while it holds its slot.
    await queryRunner.query(`
      CREATE TABLE bookings (
        deal_id uuid PRIMARY KEY REFERENCES deals (id) ON DELETE CASCADE,
        listing_id uuid NOT NULL REFERENCES listings (id),
        service_mode text NOT NULL CHECK (service_mode IN ('self_operated', 'technician_operated')),
        during tstzrange NOT NULL CHECK (NOT isempty(during) AND lower_inc(during) AND NOT upper_inc(during)),
        blocked tstzrange NOT NULL CHECK (blocked @> during),
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT bookings_no_overlap EXCLUDE USING gist (listing_id WITH =, blocked WITH &&) WHERE (active)
      )`);

    // Who the owner has trained to run a self-operated instrument.
    await queryRunner.query(`
      CREATE TABLE equipment_qualifications (
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        recorded_by uuid REFERENCES users (id),
        note text,
        expires_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (listing_id, user_id)
      )`);

    // Capacity on offer per week or month; reservations take quantities out of it.
    await queryRunner.query(`
      CREATE TABLE capacity_periods (
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        period_start date NOT NULL,
        period_end date NOT NULL CHECK (period_end >= period_start),
        offered numeric NOT NULL CHECK (offered >= 0),
        held numeric NOT NULL DEFAULT 0 CHECK (held >= 0),
        committed numeric NOT NULL DEFAULT 0 CHECK (committed >= 0),
        PRIMARY KEY (listing_id, period_start),
        CONSTRAINT capacity_periods_within_offer CHECK (held + committed <= offered)
      )`);
    await queryRunner.query(`
      CREATE TABLE reservation_periods (
        deal_id uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
        listing_id uuid NOT NULL,
        period_start date NOT NULL,
        quantity numeric NOT NULL CHECK (quantity > 0),
        status text NOT NULL CHECK (status IN ('held', 'committed', 'released')),
        PRIMARY KEY (deal_id, period_start),
        FOREIGN KEY (listing_id, period_start) REFERENCES capacity_periods (listing_id, period_start)
      )`);

    // Negotiated terms (reservations, licence requests): each side's offers, numbered.
    await queryRunner.query(`
      CREATE TABLE deal_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        side text NOT NULL CHECK (side IN ('requester', 'provider')),
        terms jsonb NOT NULL,
        note text,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (deal_id, version)
      )`);

    await queryRunner.query(`
      CREATE TABLE licence_agreements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id uuid NOT NULL UNIQUE REFERENCES deals (id),
        listing_id uuid NOT NULL REFERENCES listings (id),
        licensor_organization_id uuid NOT NULL REFERENCES organizations (id),
        licensee_organization_id uuid NOT NULL REFERENCES organizations (id),
        licence_type text NOT NULL
          CHECK (licence_type IN ('exclusive_licence', 'sole_licence', 'ordinary_licence', 'assignment')),
        territory text NOT NULL,
        field_of_use text NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on > starts_on),
        open_licence boolean NOT NULL DEFAULT false,
        terms jsonb NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'terminated')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX licence_agreements_listing_idx ON licence_agreements (listing_id, status)`);

    await queryRunner.query(`
      CREATE TABLE deal_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('message', 'report')),
        storage_key text NOT NULL UNIQUE,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        uploaded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX deal_documents_deal_idx ON deal_documents (deal_id, created_at)`);
    await queryRunner.query(`
      CREATE TABLE deal_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
        author_user_id uuid NOT NULL REFERENCES users (id),
        author_side text NOT NULL CHECK (author_side IN ('requester', 'provider')),
        body text NOT NULL,
        document_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX deal_messages_deal_idx ON deal_messages (deal_id, created_at)`);

    // Both parties review a completed deal; a review is shown once both have written or
    // after 14 days (computed when read).
    await queryRunner.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        deal_id uuid NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
        author_side text NOT NULL CHECK (author_side IN ('requester', 'provider')),
        author_user_id uuid NOT NULL REFERENCES users (id),
        author_organization_id uuid NOT NULL REFERENCES organizations (id),
        subject_organization_id uuid NOT NULL REFERENCES organizations (id),
        listing_id uuid NOT NULL REFERENCES listings (id),
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        body text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (deal_id, author_side)
      )`);
    await queryRunner.query(`CREATE INDEX reviews_subject_idx ON reviews (subject_organization_id)`);
    await queryRunner.query(`CREATE INDEX reviews_listing_idx ON reviews (listing_id)`);

    // Free equipment time ahead, kept by the worker for the search filter.
    await queryRunner.query(`
      CREATE TABLE listing_free_time (
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        free tstzrange NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX listing_free_time_listing_idx ON listing_free_time (listing_id)`);
    await queryRunner.query(`CREATE INDEX listing_free_time_free_idx ON listing_free_time USING gist (free)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'listing_free_time',
      'reviews',
      'deal_messages',
      'deal_documents',
      'licence_agreements',
      'deal_offers',
      'reservation_periods',
      'capacity_periods',
      'equipment_qualifications',
      'bookings',
      'deal_events',
      'deals',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
