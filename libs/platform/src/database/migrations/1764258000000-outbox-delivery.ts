import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Relayed is not delivered: each outbox event records the queues it was relayed to
 * (`routes`), which of their jobs have finished (`done_routes`, written by the worker) and
 * when the last one did (`completed_at`). Events relayed before this are taken as delivered.
 * Pending emails and webhook deliveries are indexed for the sweep that gives them their job
 * again after Redis lost it.
 */
export class OutboxDelivery1764258000000 implements MigrationInterface {
  name = 'OutboxDelivery1764258000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE outbox
        ADD COLUMN routes text[],
        ADD COLUMN done_routes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN completed_at timestamptz`);
    await queryRunner.query(`UPDATE outbox SET completed_at = published_at WHERE published_at IS NOT NULL`);
    // The sweep reads what was relayed and is not yet delivered, oldest first.
    await queryRunner.query(
      `CREATE INDEX outbox_undelivered_idx ON outbox (published_at, id) WHERE completed_at IS NULL AND published_at IS NOT NULL`,
    );
    // Pruning goes by completion: an event never delivered is kept.
    await queryRunner.query(
      `CREATE INDEX outbox_completed_idx ON outbox (completed_at) WHERE completed_at IS NOT NULL`,
    );
    // Emails and webhook deliveries still pending get their job again when Redis lost it.
    await queryRunner.query(
      `CREATE INDEX outbound_emails_pending_idx ON outbound_emails (created_at) WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_pending_idx ON webhook_deliveries (created_at) WHERE status = 'pending'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX webhook_deliveries_pending_idx`);
    await queryRunner.query(`DROP INDEX outbound_emails_pending_idx`);
    await queryRunner.query(`DROP INDEX outbox_completed_idx`);
    await queryRunner.query(`DROP INDEX outbox_undelivered_idx`);
    await queryRunner.query(`ALTER TABLE outbox DROP COLUMN completed_at, DROP COLUMN done_routes, DROP COLUMN routes`);
  }
}
