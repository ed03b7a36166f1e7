import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1764150000100 implements MigrationInterface {
  name = 'Outbox1764150000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        type text NOT NULL,
        aggregate_type text NOT NULL,
        aggregate_id text NOT NULL,
        payload jsonb NOT NULL,
        request_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The relay only ever scans what is still unpublished, oldest first.
    await queryRunner.query(
      `CREATE INDEX outbox_unpublished_idx ON outbox (created_at, id) WHERE published_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX outbox_aggregate_idx ON outbox (aggregate_type, aggregate_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox`);
  }
}
