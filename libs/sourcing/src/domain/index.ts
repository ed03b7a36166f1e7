export * from './quote';
export * from './rfq';
export * from './sourcing-events';
export * from './sourcing.errors';
export * from './proximity';
