export * from './demand';
export * from './demand-status';
export * from './deal-prefill';
export * from './match';
export * from './matching.errors';
export * from './matching-events';
