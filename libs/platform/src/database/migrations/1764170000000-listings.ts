import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Listings, their pending revisions, moderation audit, reports and attachments. */
export class Listings1764170000000 implements MigrationInterface {
  name = 'Listings1764170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE listings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_organization_id uuid NOT NULL REFERENCES organizations (id),
        kind text NOT NULL CHECK (kind IN ('capacity', 'equipment', 'ip')),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'pending_review', 'published', 'rejected', 'suspended', 'archived')),
        title text NOT NULL,
        title_en text,
        description text NOT NULL,
        description_en text,
        tags text[] NOT NULL DEFAULT '{}',
        category text NOT NULL,
        industry_division text,
        park_id uuid REFERENCES parks (id),
        region_code char(6) NOT NULL,
        address text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        price_fen bigint CHECK (price_fen >= 0),
        price_unit text,
        visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'park_members')),
        details jsonb NOT NULL,
        status_reason text,
        external_ref text,
        version integer NOT NULL DEFAULT 1,
        published_at timestamptz,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((price_fen IS NULL) = (price_unit IS NULL)),
        UNIQUE (owner_organization_id, external_ref)
      )`);
    await queryRunner.query(`CREATE INDEX listings_owner_idx ON listings (owner_organization_id, status)`);
    await queryRunner.query(`CREATE INDEX listings_status_idx ON listings (status, updated_at)`);

    // An edit of a published (or suspended) listing waits here for review.
    await queryRunner.query(`
      CREATE TABLE listing_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
        content jsonb NOT NULL,
        reason text,
        submitted_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX listing_revisions_one_pending ON listing_revisions (listing_id) WHERE status = 'pending'`,
    );

    await queryRunner.query(`
      CREATE TABLE listing_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES users (id),
        action text NOT NULL,
        reason text,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX listing_audit_listing_idx ON listing_audit (listing_id, id)`);

    await queryRunner.query(`
      CREATE TABLE listing_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        reporter_user_id uuid NOT NULL REFERENCES users (id),
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_by uuid REFERENCES users (id),
        resolved_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX listing_reports_open_idx ON listing_reports (listing_id) WHERE status = 'open'`,
    );

    await queryRunner.query(`
      CREATE TABLE listing_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        listing_id uuid NOT NULL REFERENCES listings (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('photo', 'document')),
        filename text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL UNIQUE,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX listing_attachments_listing_idx ON listing_attachments (listing_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['listing_attachments', 'listing_reports', 'listing_audit', 'listing_revisions', 'listings']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
