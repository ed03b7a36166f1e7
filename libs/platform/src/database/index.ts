export * from './data-source-options';
export * from './database.module';
export * from './ensure-database';
export { migrations } from './migrations';
export * from './unit-of-work';
export * from './scratch-database';
export * from './pg-listener';
export * from './single-flight';
export * from './schema-check';
