import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What platform admins did to users' accounts (suspend, reinstate), by whom and why: the
 * users row keeps only the current suspension, this keeps the history.
 */
export class UserAudit1764255000000 implements MigrationInterface {
  name = 'UserAudit1764255000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES users (id),
        action text NOT NULL CHECK (action IN ('suspend', 'reinstate')),
        reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX user_audit_user_idx ON user_audit (user_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_audit`);
  }
}
