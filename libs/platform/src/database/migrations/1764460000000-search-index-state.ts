import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Glossary concepts as index terms (issue 20). A glossary concept searched for as an OR of
 * every way to say it (up to 80 terms, many of them common words) costs the GIN index a
 * pass over each term's postings for every block a search reads; held by the row as one
 * term of its own (`g:<entry>`), it costs one.
 *
 * `search_concepts(tsv, lexemes, queries)` is the tsvector of the concept terms a row's
 * tsvector earns: `lexemes[i]` when it matches `queries[i]` (the entry's expansion, as the
 * engine would have searched it), at the weight of each field that matches it alone
 * (title A … provider D), else D. `search_index_state` says what the index was built
 * with, by name: `glossary` holds the fingerprint of the glossary whose concept terms
 * every row carries; until it matches the code's glossary, the engine expands concepts at
 * query time, as before.
 */
export class SearchIndexState1764460000000 implements MigrationInterface {
  name = 'SearchIndexState1764460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE search_index_state (
        name text NOT NULL,
        value text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT search_index_state_pkey PRIMARY KEY (name)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION search_concepts(base tsvector, lexemes text[], queries tsquery[]) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(quote_literal(g.lexeme) || ':' || coalesce(nullif(concat_ws(',',
                 CASE WHEN f.a @@ g.q THEN '1A' END, CASE WHEN f.b @@ g.q THEN '2B' END,
                 CASE WHEN f.c @@ g.q THEN '3C' END, CASE WHEN f.d @@ g.q THEN '4D' END), ''), '4D'), ' '), '')::tsvector
          FROM (SELECT ts_filter(base, '{a}') AS a, ts_filter(base, '{b}') AS b,
                       ts_filter(base, '{c}') AS c, ts_filter(base, '{d}') AS d) f,
               unnest(lexemes, queries) AS g(lexeme, q)
         WHERE base @@ g.q
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_concepts(tsvector, text[], tsquery[])`);
    await queryRunner.query(`DROP TABLE search_index_state`);
  }
}
