import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supplier directory's own index on the PostgreSQL engine (issue 19): one row per
 * verified enterprise, what it can do gathered from its public listings and its profile
 * (name, description, industry), so GET /suppliers searches enterprises, not listings,
 * and finds an enterprise without a listing by its profile. Filled by the indexer
 * (`search-index reindex`, then listing and organization events).
 */
export class SupplierDirectory1764450000000 implements MigrationInterface {
  name = 'SupplierDirectory1764450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE supplier_documents (
        id uuid NOT NULL,
        document jsonb NOT NULL,
        tsv tsvector NOT NULL,
        region_code text,
        park_ids uuid[] NOT NULL DEFAULT '{}',
        size_class text,
        tier_rank smallint NOT NULL DEFAULT 0,
        certifications text[] NOT NULL DEFAULT '{}',
        listing_count integer NOT NULL DEFAULT 0,
        source_updated_at text NOT NULL,
        indexed_at timestamp with time zone NOT NULL DEFAULT now(),
        CONSTRAINT supplier_documents_pkey PRIMARY KEY (id)
      )`);
    // Every query reads the tsvector of each enterprise it matches (to rank them), and the
    // document of only the page's: the tsvector stays in the row (compressed, never out of
    // line), the document goes out of line. With both out of line, a query matching 1,800 of
    // 10,000 enterprises spent 45 ms fetching and decompressing them; inline, 8 ms.
    await queryRunner.query(
      `ALTER TABLE supplier_documents ALTER COLUMN tsv SET STORAGE MAIN, ALTER COLUMN document SET STORAGE EXTERNAL`,
    );
    await queryRunner.query(`CREATE INDEX supplier_documents_tsv_idx ON supplier_documents USING gin (tsv)`);
    await queryRunner.query(
      `CREATE INDEX supplier_documents_filter_idx ON supplier_documents USING gin (park_ids, certifications)`,
    );
    await queryRunner.query(
      `CREATE INDEX supplier_documents_region_idx ON supplier_documents (region_code text_pattern_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE supplier_documents`);
  }
}
