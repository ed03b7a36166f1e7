import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reverse matcher finds a listing's open proposals (to weigh those demands again, or
 * to withdraw them when the listing leaves): by listing, not only by demand.
 */
export class MatchesByListing1764240000000 implements MigrationInterface {
  name = 'MatchesByListing1764240000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX demand_matches_proposed_by_listing ON demand_matches (listing_id) WHERE status = 'proposed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX demand_matches_proposed_by_listing`);
  }
}
