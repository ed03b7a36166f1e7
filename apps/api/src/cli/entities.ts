import { analyticsEntities } from '@rongtong/analytics';
import { dealsEntities } from '@rongtong/deals';
import { identityEntities } from '@rongtong/identity';
import { listingsEntities } from '@rongtong/listings';
import { matchingEntities } from '@rongtong/matching';
import { notificationsEntities } from '@rongtong/notifications';
import { OutboxEventEntity } from '@rongtong/platform';
import { searchEntities } from '@rongtong/search';
import { sourcingEntities } from '@rongtong/sourcing';

/**
 * Every table's entity, for DataSources made outside Nest: the TypeORM CLI's
 * (`migration:generate`) and the schema check's. The apps get the same through their
 * modules (each context registers its own with `TypeOrmModule.forFeature`).
 */
export const entities = [
  OutboxEventEntity,
  ...identityEntities,
  ...listingsEntities,
  ...searchEntities,
  ...dealsEntities,
  ...notificationsEntities,
  ...matchingEntities,
  ...analyticsEntities,
  ...sourcingEntities,
];
