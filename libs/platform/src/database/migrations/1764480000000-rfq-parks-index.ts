import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A park's RFQs for its operators (GET /parks/:id/rfqs, issue 19) are read by the park ids
 * an RFQ carries (`park_ids @> ARRAY[park]`): a GIN index on them, as search_documents
 * has, so the console's list does not scan every RFQ.
 */
export class RfqParksIndex1764480000000 implements MigrationInterface {
  name = 'RfqParksIndex1764480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX rfqs_parks_idx ON rfqs USING gin (park_ids)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX rfqs_parks_idx`);
  }
}
