export * from './domain';
export * from './deals.module';
export * from './use-cases';
export * from './views/deal-view';
export * from './facts/deal-facts';
export * from './availability.module';
export { dealsEntities } from './persistence/entities';
