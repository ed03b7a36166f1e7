import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TypeORM's own `typeorm_metadata` table, where its schema builder (and so
 * `npm run schema:check` and `migration:generate`) reads the expression of a generated
 * column: PostgreSQL prints the expression in its own words, so TypeORM keeps the words
 * it was given. The one generated column, search_documents.filter_keys, is recorded as
 * PostgreSQL prints it (the entity says the same, `SEARCH_FILTER_KEYS`). The row names
 * the database it was written in, as TypeORM's rows do: a copy of the database under
 * another name (a test's clone of the template) reads as drift until the row is renamed.
 */
export class TypeormMetadata1764270000000 implements MigrationInterface {
  name = 'TypeormMetadata1764270000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE IF NOT EXISTS typeorm_metadata (
        type varchar NOT NULL,
        database varchar,
        schema varchar,
        "table" varchar,
        name varchar,
        value text
      )`);
    await queryRunner.query(`
      INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
      SELECT 'GENERATED_COLUMN', current_database(), current_schema(), 'search_documents', a.attname,
             pg_get_expr(d.adbin, d.adrelid)
      FROM pg_attribute a
      JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = 'search_documents'::regclass AND a.attname = 'filter_keys'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE typeorm_metadata`);
  }
}
