import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an organization's owners and admins manage from its pages (issue 16): an
 * invitation can be revoked (its token stops working at once; who revoked it and when are
 * kept on the row), a live listing's pending revision can be withdrawn by its owner (the
 * revision stays, `withdrawn`, as the audit trail's "after"), and changes to members'
 * roles and removals are recorded in `membership_audit`, by whom and from which role.
 */
export class OrganizationAdministration1764300000000 implements MigrationInterface {
  name = 'OrganizationAdministration1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE invitations
        ADD COLUMN revoked_at timestamptz,
        ADD COLUMN revoked_by uuid REFERENCES users (id)`);
    await queryRunner.query(`
      ALTER TABLE listing_revisions
        DROP CONSTRAINT listing_revisions_status_check,
        ADD CONSTRAINT listing_revisions_status_check
          CHECK (status IN ('pending', 'approved', 'rejected', 'superseded', 'withdrawn'))`);
    await queryRunner.query(`
      CREATE TABLE membership_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES users (id),
        action text NOT NULL CHECK (action IN ('role_changed', 'removed')),
        from_role text NOT NULL,
        to_role text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX membership_audit_organization_idx ON membership_audit (organization_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE membership_audit`);
    await queryRunner.query(`UPDATE listing_revisions SET status = 'superseded' WHERE status = 'withdrawn'`);
    await queryRunner.query(`
      ALTER TABLE listing_revisions
        DROP CONSTRAINT listing_revisions_status_check,
        ADD CONSTRAINT listing_revisions_status_check
          CHECK (status IN ('pending', 'approved', 'rejected', 'superseded'))`);
    await queryRunner.query(`ALTER TABLE invitations DROP COLUMN revoked_by, DROP COLUMN revoked_at`);
  }
}
