export * from './identity.errors';
export * from './industry-codes';
export * from './size-class';
export * from './specialised-badge';
export * from './uscc';
