import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Extensions later migrations rely on: trigram search and GiST exclusion over scalars. */
export class Extensions1764150000000 implements MigrationInterface {
  name = 'Extensions1764150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}
