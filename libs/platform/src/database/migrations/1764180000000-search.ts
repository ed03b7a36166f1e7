import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's store: one row per published listing with a weighted
 * tsvector (Chinese segmented by the application, Latin words stemmed), the filter
 * columns, and a term dictionary for correcting misspelt query words with pg_trgm.
 */
export class Search1764180000000 implements MigrationInterface {
  name = 'Search1764180000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_documents (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        document jsonb NOT NULL,
        tsv tsvector NOT NULL,
        category_slug text NOT NULL,
        region_code text NOT NULL,
        park_ids uuid[] NOT NULL DEFAULT '{}',
        visibility text NOT NULL,
        price_fen bigint,
        certifications text[] NOT NULL DEFAULT '{}',
        service_modes text[] NOT NULL DEFAULT '{}',
        patent_type text,
        transaction_types text[] NOT NULL DEFAULT '{}',
        open_licence boolean NOT NULL DEFAULT false,
        latitude double precision,
        longitude double precision,
        published_at timestamptz NOT NULL,
        source_updated_at text NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await queryRunner.query(`CREATE INDEX search_documents_kind_idx ON search_documents (kind, published_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX search_documents_region_idx ON search_documents (region_code text_pattern_ops)`,
    );
    await queryRunner.query(`CREATE INDEX search_documents_price_idx ON search_documents (price_fen)`);
    await queryRunner.query(
      `CREATE INDEX search_documents_certifications_idx ON search_documents USING gin (certifications)`,
    );
    await queryRunner.query(`CREATE INDEX search_documents_parks_idx ON search_documents USING gin (park_ids)`);

    await queryRunner.query(`
      CREATE TABLE search_terms (
        term text PRIMARY KEY,
        documents integer NOT NULL DEFAULT 0
      )`);
    await queryRunner.query(`CREATE INDEX search_terms_trgm_idx ON search_terms USING gin (term gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX search_terms_prefix_idx ON search_terms (term text_pattern_ops)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_terms`);
    await queryRunner.query(`DROP TABLE search_documents`);
  }
}
