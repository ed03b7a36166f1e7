import { DemandMatchEntity } from './demand-matches.entity';
import { DemandEntity } from './demands.entity';

export * from './demand-matches.entity';
export * from './demands.entity';

/** Every table of the matching context, for the DataSource. */
export const matchingEntities = [DemandMatchEntity, DemandEntity];
