export * from './deal-event';
export * from './match-event';
export * from './notifications.errors';
export * from './recipients';
export * from './webhook-endpoint';
export * from './webhook-signature';
export * from './rfq-event';
