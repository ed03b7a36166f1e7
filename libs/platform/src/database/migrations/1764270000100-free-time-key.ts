import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * listing_free_time was the one table without a primary key, which an entity needs (and a
 * row deserves): a surrogate id. Its rows are derived data, rewritten per listing by the
 * worker, so nothing else changes; the table is rewritten once to add the column.
 */
export class FreeTimeKey1764270000100 implements MigrationInterface {
  name = 'FreeTimeKey1764270000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE listing_free_time ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY
         CONSTRAINT listing_free_time_pkey PRIMARY KEY`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listing_free_time DROP COLUMN id`);
  }
}
