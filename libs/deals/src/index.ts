export * from './domain';
export * from './deals.module';
export * from './use-cases';
export * from './availability.module';
export { dealsEntities } from './persistence/entities';
