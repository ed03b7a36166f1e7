export * from './outbox-message';
export * from './outbox.relay';
export * from './outbox.writer';
export * from './outbox-ledger';
export * from './outbox-stats';
export * from './outbox.module';
export * from './outbox.entity';
