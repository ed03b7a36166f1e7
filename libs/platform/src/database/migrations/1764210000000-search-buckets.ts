import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Block sizes, in buckets, that rows carry keys for (`b<size>:<bucket / size>`). */
const BLOCK_SIZES = [1, 2, 4, 8, 16, 32, 64, 128];
/** Price-band block sizes (`p<size>:<band / size>`, the band being the price's bit length). */
const BAND_SIZES = [1, 4, 16];

/**
 * Search at 100k listings within its latency bars on a stock server.
 *
 * Every row gets a `bucket` (4096 rows each, in the order they were first indexed) so
 * that a text search takes its candidates from the newest buckets first and stops once it
 * has enough, instead of collecting every match of a broad query. `filter_keys` holds the
 * bucket (as keys of aligned blocks of 1, 2, 4… buckets) and the equality filters (kind,
 * category, region prefixes, patent type, open licence, price band) as keys of one GIN
 * index with the array filters and the tsvector: a block's matches are intersected with
 * the filters inside the index rather than fetched from the table and thrown away.
 * `search_document_blocks()` lists the blocks to scan, newest first, each at most twice
 * the one before (estimated at a handful of rows, as a search reads few before it has
 * enough: that keeps the plans' cost estimates low and PostgreSQL's JIT out of the way).
 *
 * The tsvector stays in the row, uncompressed (ranking reads it for every candidate); the
 * display document goes out of line (read only for a page's hits).
 */
export class SearchBuckets1764210000000 implements MigrationInterface {
  name = 'SearchBuckets1764210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE search_documents_bucket_seq`);
    // A volatile default rewrites the table: existing rows get buckets in their present order.
    await queryRunner.query(`
      ALTER TABLE search_documents
        ALTER COLUMN tsv SET STORAGE MAIN,
        ALTER COLUMN document SET STORAGE EXTERNAL,
        ADD COLUMN bucket integer NOT NULL DEFAULT (nextval('search_documents_bucket_seq') / 4096)`);
    const band = `(CASE WHEN price_fen < 1 THEN 0 ELSE length(ltrim(price_fen::bit(64)::text, '0')) END)`;
    await queryRunner.query(`
      ALTER TABLE search_documents ADD COLUMN filter_keys text[] NOT NULL GENERATED ALWAYS AS (
        array_remove(ARRAY[
          ${BLOCK_SIZES.map((size) => `'b${size}:' || (bucket / ${size})::text`).join(',\n          ')},
          'k:' || kind,
          'c:' || category_slug,
          'r:' || left(region_code, 2),
          'r:' || left(region_code, 4),
          'r:' || region_code,
          'pt:' || patent_type,
          'ol:' || open_licence::text,
          ${BAND_SIZES.map((size) => `'p${size}:' || (${band} / ${size})::text`).join(',\n          ')}
        ], NULL)) STORED`);
    await queryRunner.query(`
      CREATE FUNCTION search_document_blocks() RETURNS SETOF text
      LANGUAGE plpgsql STABLE ROWS 4 AS $$
      DECLARE
        top integer;
        bottom integer;
        size integer := 0;
        next integer;
      BEGIN
        SELECT max(bucket), min(bucket) INTO top, bottom FROM search_documents;
        WHILE top >= bottom LOOP
          -- The largest aligned block ending at top, at most twice the last one.
          next := 1;
          WHILE next < ${BLOCK_SIZES[BLOCK_SIZES.length - 1]} AND next < size * 2 AND (top + 1) % (next * 2) = 0 LOOP
            next := next * 2;
          END LOOP;
          RETURN NEXT 'b' || next || ':' || top / next;
          size := next;
          top := top - next;
        END LOOP;
      END $$`);
    // Indexing bumps the term counts all the time: with room on their pages the updates
    // are HOT (no new index entries) and old versions are pruned as pages are read, so the
    // dictionary stays compact (and its trigram lookups fast) without waiting for a vacuum.
    await queryRunner.query(`ALTER TABLE search_terms SET (fillfactor = 50)`);
    await queryRunner.query(`DROP INDEX search_documents_tsv_idx`);
    await queryRunner.query(`DROP INDEX search_documents_region_idx`);
    await queryRunner.query(`DROP INDEX search_documents_certifications_idx`);
    await queryRunner.query(`DROP INDEX search_documents_parks_idx`);
    await queryRunner.query(`DROP INDEX search_documents_kind_idx`);
    await queryRunner.query(`
      CREATE INDEX search_documents_match_idx ON search_documents
        USING gin (filter_keys, certifications, service_modes, transaction_types, park_ids, tsv)`);
    await queryRunner.query(`CREATE INDEX search_documents_bucket_idx ON search_documents (bucket)`);
    await queryRunner.query(`CREATE INDEX search_documents_kind_idx ON search_documents (kind, published_at DESC, id)`);
    await queryRunner.query(`CREATE INDEX search_documents_published_idx ON search_documents (published_at DESC, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_terms RESET (fillfactor)`);
    await queryRunner.query(`DROP FUNCTION search_document_blocks()`);
    await queryRunner.query(`DROP INDEX search_documents_published_idx`);
    await queryRunner.query(`DROP INDEX search_documents_kind_idx`);
    await queryRunner.query(`DROP INDEX search_documents_bucket_idx`);
    await queryRunner.query(`DROP INDEX search_documents_match_idx`);
    await queryRunner.query(`ALTER TABLE search_documents DROP COLUMN filter_keys, DROP COLUMN bucket`);
    await queryRunner.query(`DROP SEQUENCE search_documents_bucket_seq`);
    await queryRunner.query(
      `ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE EXTENDED, ALTER COLUMN document SET STORAGE EXTENDED`,
    );
    await queryRunner.query(`CREATE INDEX search_documents_tsv_idx ON search_documents USING gin (tsv)`);
    await queryRunner.query(`CREATE INDEX search_documents_kind_idx ON search_documents (kind, published_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX search_documents_region_idx ON search_documents (region_code text_pattern_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX search_documents_certifications_idx ON search_documents USING gin (certifications)`,
    );
    await queryRunner.query(`CREATE INDEX search_documents_parks_idx ON search_documents USING gin (park_ids)`);
  }
}
