import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Large catalogues (issue 22). `listing_imports`: one row per uploaded file of listings,
 * its progress and its report (the rejected rows with their codes), kept after the file
 * itself is gone. `calendar_feeds`: the secret feed of an enterprise's or an equipment
 * listing's bookings; only the SHA-256 of its token is kept (the token is derived again
 * from the server's key and the row's nonce when the owner asks for the URL). One live
 * feed per listing and one per enterprise; rotating replaces the row's nonce and hash.
 */
export class BulkAndCalendars1764400000000 implements MigrationInterface {
  name = 'BulkAndCalendars1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE listing_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        created_by uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        dry_run boolean NOT NULL,
        submit boolean NOT NULL DEFAULT false,
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        encoding text NOT NULL DEFAULT 'utf-8',
        storage_key text,
        filename text,
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        rejected jsonb NOT NULL DEFAULT '[]'::jsonb,
        failure jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX listing_imports_organization_idx ON listing_imports (organization_id, created_at)`,
    );

    await queryRunner.query(`
      CREATE TABLE calendar_feeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        listing_id uuid REFERENCES listings (id) ON DELETE CASCADE,
        nonce text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX calendar_feeds_listing_key ON calendar_feeds (listing_id) WHERE listing_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX calendar_feeds_organization_key ON calendar_feeds (organization_id) WHERE listing_id IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE calendar_feeds`);
    await queryRunner.query(`DROP TABLE listing_imports`);
  }
}
