import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { dataSourceOptions } from '@rongtong/platform';
import { DataSource } from 'typeorm';
import { entities } from '../../apps/api/src/cli/entities';
import { ListingEntity } from '../../libs/listings/src/persistence/entities';
import { MembershipEntity, OrganizationEntity, UserEntity } from '../../libs/identity/src/persistence/entities';
import { createTestDatabase } from '../support/test-database';

/**
 * Medium tests (as immich calls them): the real repository against a database of its own,
 * cloned from the run's template that the real migrations made, with every entity and no
 * HTTP, Nest or queues. A failing medium test points at one repository's SQL.
 */
export interface MediumDb {
  dataSource: DataSource;
  close: () => Promise<void>;
}

export async function mediumDb(): Promise<MediumDb> {
  const db = await createTestDatabase();
  const dataSource = await new DataSource(
    dataSourceOptions({ database: { url: db.url, poolSize: 4 } }, entities),
  ).initialize();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await db.drop();
    },
  };
}

function suffix(): string {
  return randomBytes(4).toString('hex');
}

/** An enterprise (a valid-looking, unique credit code) written straight to its table. */
export async function anOrganization(dataSource: DataSource, name = `企业${suffix()}`): Promise<string> {
  const uscc = `91310000${randomBytes(5).toString('hex').toUpperCase()}`;
  const result = await dataSource
    .getRepository(OrganizationEntity)
    .insert({ kind: 'enterprise', name, uscc, regionCode: '310115' });
  return (result.identifiers[0] as { id: string }).id;
}

/** A user, a member of `organizationId` when given. */
export async function aUser(dataSource: DataSource, organizationId?: string): Promise<string> {
  const result = await dataSource
    .getRepository(UserEntity)
    .insert({ email: `u${suffix()}@example.com`, displayName: '测试用户', passwordHash: 'x' });
  const userId = (result.identifiers[0] as { id: string }).id;
  if (organizationId)
    await dataSource.getRepository(MembershipEntity).insert({ userId, organizationId, role: 'owner' });
  return userId;
}

/** A published equipment listing of `ownerOrganizationId`. */
export async function aListing(
  dataSource: DataSource,
  ownerOrganizationId: string,
  overrides: { status?: string; kind?: string } = {},
): Promise<string> {
  const result = await dataSource.getRepository(ListingEntity).insert({
    ownerOrganizationId,
    kind: overrides.kind ?? 'equipment',
    status: overrides.status ?? 'published',
    title: '三坐标测量机',
    description: '蔡司三坐标，精度 1.5 μm',
    tags: [],
    category: 'metrology',
    regionCode: '310115',
    visibility: 'public',
    details: {},
    publishedAt: () => 'now()',
  });
  return (result.identifiers[0] as { id: string }).id;
}
