import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The account lifecycle: each user's language, a verified email, suspension by a platform
 * admin, one-time tokens for password resets and email verification (stored hashed), and
 * what a session was opened from and when it was last used (the user's device list).
 */
export class AccountLifecycle1764250000000 implements MigrationInterface {
  name = 'AccountLifecycle1764250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN locale text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN', 'en')),
        ADD COLUMN email_verified_at timestamptz,
        ADD COLUMN suspended_at timestamptz,
        ADD COLUMN suspended_reason text,
        ADD COLUMN suspended_by uuid REFERENCES users (id),
        ADD COLUMN password_changed_at timestamptz`);
    // Accounts that existed before verification was asked for keep working as they did.
    await queryRunner.query(`UPDATE users SET email_verified_at = created_at`);

    await queryRunner.query(`
      CREATE TABLE account_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('password_reset', 'email_verification')),
        token_hash char(64) NOT NULL UNIQUE,
        -- The address a verification token proves (a change of email verifies the new one).
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose)`);

    await queryRunner.query(`
      ALTER TABLE sessions
        ADD COLUMN user_agent text,
        ADD COLUMN ip_address text,
        ADD COLUMN last_used_at timestamptz`);

    // A suspension (or its lifting) must reach every process's actor cache at once.
    await queryRunner.query(`DROP TRIGGER users_actor_changed ON users`);
    await queryRunner.query(`
      CREATE TRIGGER users_actor_changed
        AFTER UPDATE OF id, email, suspended_at, email_verified_at, locale OR DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION notify_actor_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER users_actor_changed ON users`);
    await queryRunner.query(`
      CREATE TRIGGER users_actor_changed AFTER UPDATE OF id, email OR DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION notify_actor_changed()`);
    await queryRunner.query(
      `ALTER TABLE sessions DROP COLUMN user_agent, DROP COLUMN ip_address, DROP COLUMN last_used_at`,
    );
    await queryRunner.query(`DROP TABLE account_tokens`);
    await queryRunner.query(`
      ALTER TABLE users DROP COLUMN locale, DROP COLUMN email_verified_at, DROP COLUMN suspended_at,
        DROP COLUMN suspended_reason, DROP COLUMN suspended_by, DROP COLUMN password_changed_at`);
  }
}
