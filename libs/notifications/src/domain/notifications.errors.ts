import { DomainError } from '@rongtong/kernel';

export class NotificationNotFoundError extends DomainError {
  readonly code = 'NOTIFICATION_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Notification not found');
  }
}

export class WebhookNotFoundError extends DomainError {
  readonly code = 'WEBHOOK_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Webhook not found');
  }
}

export class WebhookUrlInvalidError extends DomainError {
  readonly code = 'WEBHOOK_URL_INVALID';
  readonly kind = 'unprocessable';

  constructor(reason: string) {
    super(`The webhook URL ${reason}`, { field: 'url' }, { reason });
  }
}

export class WebhookEventsInvalidError extends DomainError {
  readonly code = 'WEBHOOK_EVENTS_INVALID';
  readonly kind = 'unprocessable';

  constructor(reason: string, allowed: readonly string[]) {
    super(
      `The webhook's events ${reason}; allowed: ${allowed.join(', ')}`,
      { field: 'events', allowedEvents: [...allowed] },
      { reason },
    );
  }
}

export class WebhookLimitReachedError extends DomainError {
  readonly code = 'WEBHOOK_LIMIT_REACHED';
  readonly kind = 'conflict';

  constructor(max: number) {
    super(`An organization may have at most ${max} webhooks: delete one first`, { max });
  }
}
