export * from './domain';
export * from './listings.module';
export * from './use-cases';
export { listingsEntities } from './persistence/entities';
