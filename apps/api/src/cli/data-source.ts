import 'reflect-metadata';
import { dataSourceOptions, loadConfig } from '@rongtong/platform';
import { DataSource } from 'typeorm';
import { entities } from './entities';

/**
 * The DataSource the TypeORM CLI uses (`npm run migration:generate`): every context's
 * entities, so generated migrations see the whole schema.
 */
export default new DataSource(dataSourceOptions(loadConfig(process.env), entities));
