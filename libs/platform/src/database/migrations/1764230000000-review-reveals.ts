import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a deal's reviews were revealed and announced (`deal.review_revealed`): when the
 * second side wrote, or, for a lone review, by the worker once the blind period ran out.
 * Deals revealed before this column existed count as announced: nobody is told late.
 */
export class ReviewReveals1764230000000 implements MigrationInterface {
  name = 'ReviewReveals1764230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE deals ADD COLUMN reviews_revealed_at timestamptz`);
    await queryRunner.query(`
      UPDATE deals d SET reviews_revealed_at = now()
       WHERE EXISTS (SELECT 1 FROM reviews r WHERE r.deal_id = d.id)
         AND ((SELECT count(*) FROM reviews r WHERE r.deal_id = d.id) = 2
              OR COALESCE(d.closed_at,
                          (SELECT max(e.created_at) FROM deal_events e WHERE e.deal_id = d.id AND e.to_state = 'accepted'),
                          d.updated_at) <= now() - interval '14 days')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE deals DROP COLUMN reviews_revealed_at`);
  }
}
