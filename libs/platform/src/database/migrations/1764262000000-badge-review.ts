import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A 专精特新 badge an enterprise claims is reviewed: `badge.status` is `pending` until an
 * operator of one of its parks or a platform admin verifies it (or `rejected`); only a
 * verified badge is shown publicly and scored by the matcher. Badges claimed before were
 * never checked by anyone, so they start pending too.
 */
export class BadgeReview1764262000000 implements MigrationInterface {
  name = 'BadgeReview1764262000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE organizations SET badge = badge || '{"status": "pending"}'::jsonb WHERE badge IS NOT NULL`,
    );
    await queryRunner.query(`
      ALTER TABLE organizations ADD CONSTRAINT organizations_badge_status_check
        CHECK (badge IS NULL OR badge->>'status' IN ('pending', 'verified', 'rejected'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organizations DROP CONSTRAINT organizations_badge_status_check`);
    await queryRunner.query(`UPDATE organizations SET badge = badge - 'status' WHERE badge IS NOT NULL`);
  }
}
