import 'reflect-metadata';
import { createScratchDatabase, dataSourceOptions, describeDrift, schemaDrift } from '@rongtong/platform';
import { DataSource, EntitySchema } from 'typeorm';
import { entities } from '../../apps/api/src/cli/entities';
import { TEST_REDIS_URL } from '../support/test-config';
import { databaseUrl } from '../support/test-database';

// `npm run schema:check` in a test: a fresh database migrated with the real migrations (not
// the run's template clone, whose name differs from the one TypeORM's metadata row records),
// compared with every entity by TypeORM's own schema builder.
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
const open: DataSource[] = [];

async function connect(list: NonNullable<ConstructorParameters<typeof EntitySchema>[0]>[] | unknown[]) {
  const dataSource = await new DataSource(dataSourceOptions(scratch.config, list as EntitySchema[])).initialize();
  open.push(dataSource);
  return dataSource;
}

beforeAll(async () => {
  scratch = await createScratchDatabase(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl('postgres'), REDIS_URL: TEST_REDIS_URL },
    'rt_test_schema',
  );
});

afterAll(async () => {
  for (const dataSource of open) await dataSource.destroy();
  await scratch?.drop();
});

describe('schema check', () => {
  it('finds the entities and the migrated database in agreement, every table described', async () => {
    const drift = await schemaDrift(await connect(entities));
    expect(describeDrift(drift)).toEqual([]);
  });

  it('reports an entity that says what the database does not', async () => {
    type User = { displayName: string };
    const users = entities.find((entity) => entity.options.tableName === 'users') as unknown as EntitySchema<User>;
    const changed = new EntitySchema<User>({
      ...users.options,
      columns: { ...users.options.columns, displayName: { name: 'display_name', type: 'text', nullable: true } },
    });
    const drift = await schemaDrift(
      await connect(entities.map((entity) => ((entity as unknown) === users ? changed : entity))),
    );
    expect(drift.pending).toEqual([`ALTER TABLE "users" ALTER COLUMN "display_name" DROP NOT NULL`]);
  });

  it('reports a database changed behind the entities: a column, a constraint, an index, a table', async () => {
    const dataSource = await connect(entities);
    await dataSource.query(`ALTER TABLE deals ALTER COLUMN listing_title DROP NOT NULL`);
    await dataSource.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_service_mode_check`);
    await dataSource.query(`DROP INDEX deals_listing_idx`);
    await dataSource.query(`CREATE TABLE undescribed (id integer PRIMARY KEY)`);
    const drift = await schemaDrift(dataSource);
    expect(drift.tablesWithoutEntity).toEqual(['undescribed']);
    expect(drift.pending).toEqual(
      expect.arrayContaining([
        `ALTER TABLE "deals" ALTER COLUMN "listing_title" SET NOT NULL`,
        expect.stringContaining(`ADD CONSTRAINT "bookings_service_mode_check" CHECK`),
        expect.stringContaining(`CREATE INDEX "deals_listing_idx" ON "deals"`),
      ]),
    );
    expect(drift.pending).toHaveLength(3);
  });
});
