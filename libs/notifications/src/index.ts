export * from './domain';
export { Mailer } from './mailer';
export { EMAIL_MAX_ATTEMPTS } from './notification-jobs';
export * from './notifications.module';
export * from './use-cases';
export { AddressNotAllowedError, publicOnlyLookup, WebhookTransport } from './webhook-transport';
export { WEBHOOK_SECRET_PURPOSE } from './persistence/webhook-endpoint.repository';
export { notificationsEntities } from './persistence/entities';
