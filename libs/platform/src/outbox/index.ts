export * from './outbox-message';
export * from './outbox.relay';
export * from './outbox.writer';
export * from './outbox.module';
