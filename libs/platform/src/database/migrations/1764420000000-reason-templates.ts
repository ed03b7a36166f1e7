import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reasons a park's moderators pick from when they reject, suspend or reinstate a
 * listing: one editable list per park (the defaults until a park saves its own).
 */
export class ReasonTemplates1764420000000 implements MigrationInterface {
  name = 'ReasonTemplates1764420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE park_reason_templates (
        park_id uuid PRIMARY KEY REFERENCES parks (id) ON DELETE CASCADE,
        templates jsonb NOT NULL,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE park_reason_templates`);
  }
}
