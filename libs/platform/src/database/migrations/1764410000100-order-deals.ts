import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = `'booking', 'sample_test', 'reservation', 'licence'`;
const STATES_BEFORE = `'requested', 'countered', 'confirmed', 'accepted', 'samples_received', 'report_delivered',
  'completed', 'no_show', 'declined', 'expired', 'cancelled'`;

/**
 * Orders (issue 19): an RFQ's award opens a deal of kind `order` between the buyer
 * (requester) and the supplier (provider), on no listing. Its states: confirmed →
 * in_production → shipped → received → completed, or cancelled. Only an order has no listing,
 * and its reviews rate the enterprises only.
 */
export class OrderDeals1764410000100 implements MigrationInterface {
  name = 'OrderDeals1764410000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE deals ALTER COLUMN listing_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE deals DROP CONSTRAINT deals_kind_check`);
    await queryRunner.query(
      `ALTER TABLE deals ADD CONSTRAINT deals_kind_check CHECK (kind IN (${KINDS_BEFORE}, 'order'))`,
    );
    await queryRunner.query(`ALTER TABLE deals DROP CONSTRAINT deals_state_check`);
    await queryRunner.query(
      `ALTER TABLE deals ADD CONSTRAINT deals_state_check
         CHECK (state IN (${STATES_BEFORE}, 'in_production', 'shipped', 'received'))`,
    );
    await queryRunner.query(
      `ALTER TABLE deals ADD CONSTRAINT deals_order_listing_check CHECK ((kind = 'order') = (listing_id IS NULL))`,
    );
    // A review of an order is about the enterprise alone: there is no listing to rate.
    await queryRunner.query(`ALTER TABLE reviews ALTER COLUMN listing_id DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM reviews WHERE listing_id IS NULL`);
    await queryRunner.query(`ALTER TABLE reviews ALTER COLUMN listing_id SET NOT NULL`);
    await queryRunner.query(`DELETE FROM deals WHERE kind = 'order'`);
    await queryRunner.query(`ALTER TABLE deals DROP CONSTRAINT deals_order_listing_check`);
    await queryRunner.query(`ALTER TABLE deals DROP CONSTRAINT deals_state_check`);
    await queryRunner.query(`ALTER TABLE deals ADD CONSTRAINT deals_state_check CHECK (state IN (${STATES_BEFORE}))`);
    await queryRunner.query(`ALTER TABLE deals DROP CONSTRAINT deals_kind_check`);
    await queryRunner.query(`ALTER TABLE deals ADD CONSTRAINT deals_kind_check CHECK (kind IN (${KINDS_BEFORE}))`);
    await queryRunner.query(`ALTER TABLE deals ALTER COLUMN listing_id SET NOT NULL`);
  }
}
