import 'reflect-metadata';
import { dataSourceOptions, loadConfig } from '@rongtong/platform';
import { DataSource } from 'typeorm';

/**
 * The DataSource the TypeORM CLI uses (`npm run migration:generate`): every context's
 * entities, so generated migrations see the whole schema.
 */
export const entities = [];

export default new DataSource(dataSourceOptions(loadConfig(process.env), entities));
