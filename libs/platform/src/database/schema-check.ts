import type { DataSource, EntitySchemaColumnOptions } from 'typeorm';

/** Tables that belong to the tools, not to a context: the migration log and TypeORM's own. */
const TOOL_TABLES = new Set(['migrations', 'typeorm_metadata']);

export interface SchemaDrift {
  /** The SQL TypeORM's schema builder would run to make the database match the entities. */
  pending: string[];
  /** Tables in the database that no entity describes (the schema builder never sees these). */
  tablesWithoutEntity: string[];
}

/**
 * How far the entities of `dataSource` and its migrated database disagree: empty on both
 * counts when every table has an entity and the entities say what the migrations made.
 */
export async function schemaDrift(dataSource: DataSource): Promise<SchemaDrift> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const pending = sql.upQueries.map((query) =>
    query.parameters?.length ? `${query.query} -- ${JSON.stringify(query.parameters)}` : query.query,
  );
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const described = new Set(dataSource.entityMetadatas.map((metadata) => metadata.tableName));
  const tablesWithoutEntity = rows
    .map((row) => row.table_name)
    .filter((name) => !TOOL_TABLES.has(name) && !described.has(name));
  return { pending, tablesWithoutEntity };
}

/** The drift as lines for a person to read; empty when there is none. */
export function describeDrift(drift: SchemaDrift): string[] {
  return [
    ...drift.tablesWithoutEntity.map((name) => `table ${name} has no entity`),
    ...drift.pending.map((query) => `pending: ${query}`),
  ];
}

/**
 * An identity column, for an entity: TypeORM's PostgreSQL driver creates and compares
 * identity columns, but its EntitySchema types leave 'identity' out (and pass no ALWAYS
 * or BY DEFAULT through: the migrations say ALWAYS, which the check does not compare).
 */
export const IDENTITY = { generated: 'identity' } as unknown as Pick<EntitySchemaColumnOptions, 'generated'>;
