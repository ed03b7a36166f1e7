// The sourcing context's public face.
export * from './domain';
export * from './sourcing.module';
export * from './use-cases';
export { sourcingEntities } from './persistence/entities';
