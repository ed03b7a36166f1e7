import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The real holder of a unified social credit code disputes the enterprise that registered
 * it first (issue 15, row 9). A dispute carries the claimant's contact, statement and
 * business licence (a stored file, like listing attachments); while it is open the
 * disputed enterprise is frozen (`organizations.frozen_reason = 'uscc_disputed'`). An
 * operator of its park or a platform admin upholds it (the code is taken from the
 * squatter, which stays frozen as `uscc_revoked`, and reserved for the claimant's
 * registration link) or dismisses it (the freeze is lifted). At most one open dispute
 * per code; every step is a row of `uscc_dispute_audit`.
 */
export class UsccDisputes1764264000000 implements MigrationInterface {
  name = 'UsccDisputes1764264000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE organizations
        ADD COLUMN frozen_reason text CHECK (frozen_reason IN ('uscc_disputed', 'uscc_revoked')),
        ADD COLUMN frozen_at timestamptz`);
    // An enterprise whose code was given back to its holder has none.
    await queryRunner.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_check`);
    await queryRunner.query(`
      ALTER TABLE organizations ADD CONSTRAINT organizations_enterprise_uscc_check
        CHECK (kind <> 'enterprise' OR uscc IS NOT NULL OR frozen_reason = 'uscc_revoked')`);

    await queryRunner.query(`
      CREATE TABLE uscc_disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        uscc char(18) NOT NULL,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        claimant_organization_name text NOT NULL CHECK (length(claimant_organization_name) BETWEEN 2 AND 200),
        claimant_name text NOT NULL CHECK (length(claimant_name) BETWEEN 1 AND 100),
        claimant_email text NOT NULL CHECK (length(claimant_email) <= 254),
        claimant_phone text CHECK (length(claimant_phone) <= 40),
        claimant_locale text NOT NULL DEFAULT 'zh-CN' CHECK (claimant_locale IN ('zh-CN', 'en')),
        statement text NOT NULL CHECK (length(statement) BETWEEN 1 AND 4000),
        licence_filename text NOT NULL,
        licence_content_type text NOT NULL,
        licence_size_bytes integer NOT NULL CHECK (licence_size_bytes > 0),
        licence_sha256 char(64) NOT NULL,
        licence_storage_key text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'upheld', 'dismissed')),
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decision_reason text,
        decided_at timestamptz,
        follow_token_hash char(64) NOT NULL UNIQUE,
        claim_token_hash char(64) UNIQUE,
        claim_expires_at timestamptz,
        claimed_by_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'open') = (decided_at IS NULL)),
        CHECK (status <> 'upheld' OR claim_token_hash IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uscc_disputes_open_key ON uscc_disputes (uscc) WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX uscc_disputes_organization_idx ON uscc_disputes (organization_id)`);
    await queryRunner.query(`CREATE INDEX uscc_disputes_created_idx ON uscc_disputes (created_at DESC, id)`);
    // Sign-up looks for a reservation of the code it is given.
    await queryRunner.query(
      `CREATE INDEX uscc_disputes_reserved_idx ON uscc_disputes (uscc) WHERE status = 'upheld' AND claimed_by_organization_id IS NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE uscc_dispute_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        dispute_id uuid NOT NULL REFERENCES uscc_disputes (id) ON DELETE CASCADE,
        action text NOT NULL CHECK (action IN ('opened', 'upheld', 'dismissed', 'claimed')),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX uscc_dispute_audit_dispute_idx ON uscc_dispute_audit (dispute_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE uscc_dispute_audit`);
    await queryRunner.query(`DROP TABLE uscc_disputes`);
    await queryRunner.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_enterprise_uscc_check`);
    await queryRunner.query(
      `ALTER TABLE organizations ADD CONSTRAINT organizations_check CHECK (kind <> 'enterprise' OR uscc IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN frozen_at, DROP COLUMN frozen_reason`);
  }
}
