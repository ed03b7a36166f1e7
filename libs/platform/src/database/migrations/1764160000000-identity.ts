import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, parks, users, memberships, invitations and login sessions. */
export class Identity1764160000000 implements MigrationInterface {
  name = 'Identity1764160000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('enterprise', 'park_operator', 'platform')),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        name_en text,
        uscc char(18) UNIQUE,
        region_code char(6),
        industry_section char(1),
        industry_division char(3),
        employees integer CHECK (employees >= 0),
        annual_revenue_fen bigint CHECK (annual_revenue_fen >= 0),
        size_class text CHECK (size_class IN ('large', 'medium', 'small', 'micro')),
        badge jsonb,
        verification_state text NOT NULL DEFAULT 'unverified'
          CHECK (verification_state IN ('unverified', 'verified', 'rejected')),
        verification_reason text,
        verified_at timestamptz,
        verified_by uuid,
        description text,
        website text,
        address text,
        contact jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (kind <> 'enterprise' OR uscc IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX organizations_region_idx ON organizations (region_code)`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz
      )`);
    // Emails are unique case-insensitively; lookups use lower(email) too.
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await queryRunner.query(`
      CREATE TABLE memberships (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, organization_id)
      )`);
    await queryRunner.query(`CREATE INDEX memberships_organization_idx ON memberships (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE parks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 2 AND 200),
        region_code char(6) NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
        operator_organization_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX parks_operator_idx ON parks (operator_organization_id)`);

    await queryRunner.query(`
      CREATE TABLE park_memberships (
        park_id uuid NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
        reason text,
        requested_by uuid REFERENCES users (id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz,
        PRIMARY KEY (park_id, organization_id)
      )`);
    await queryRunner.query(`CREATE INDEX park_memberships_organization_idx ON park_memberships (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
        token_hash char(64) NOT NULL UNIQUE,
        invited_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users (id)
      )`);
    await queryRunner.query(`CREATE INDEX invitations_organization_idx ON invitations (organization_id)`);

    // A session is one refresh-token family: rotated on every use, revoked as a whole.
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_refreshed_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'refresh_tokens',
      'sessions',
      'invitations',
      'park_memberships',
      'parks',
      'memberships',
      'users',
      'organizations',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
