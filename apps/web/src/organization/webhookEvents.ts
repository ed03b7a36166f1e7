import type { components } from '../api/schema';

export type WebhookEvent = NonNullable<components['schemas']['CreateWebhookDto']['events']>[number];
export type WebhookEventGroup = 'deal' | 'match';

/** Every event the API lets an endpoint subscribe to, by group (the compiler checks that none is missing). */
const GROUP_OF: Record<WebhookEvent, WebhookEventGroup> = {
  'deal.created': 'deal',
  'deal.state_changed': 'deal',
  'deal.offer_made': 'deal',
  'deal.message_posted': 'deal',
  'deal.review_revealed': 'deal',
  'match.created': 'match',
  'match.interest': 'match',
};

export const WEBHOOK_EVENTS = Object.keys(GROUP_OF) as WebhookEvent[];
export const WEBHOOK_GROUPS: WebhookEventGroup[] = ['deal', 'match'];

export function eventsOf(group: WebhookEventGroup): WebhookEvent[] {
  return WEBHOOK_EVENTS.filter((e) => GROUP_OF[e] === group);
}

/** A group's checkbox: all of its events chosen, some of them, or none. */
export function groupState(group: WebhookEventGroup, chosen: readonly string[]): 'all' | 'some' | 'none' {
  const events = eventsOf(group);
  const count = events.filter((e) => chosen.includes(e)).length;
  return count === 0 ? 'none' : count === events.length ? 'all' : 'some';
}

/** Ticking a group chooses all its events (or, when all were chosen, none), keeping the others. */
export function toggleGroup(group: WebhookEventGroup, chosen: readonly WebhookEvent[]): WebhookEvent[] {
  const events = eventsOf(group);
  const rest = chosen.filter((e) => !events.includes(e));
  return groupState(group, chosen) === 'all'
    ? rest
    : WEBHOOK_EVENTS.filter((e) => rest.includes(e) || events.includes(e));
}

/** Only events the API knows, each once, in the API's order. */
export function normalizeEvents(chosen: readonly string[]): WebhookEvent[] {
  return WEBHOOK_EVENTS.filter((e) => chosen.includes(e));
}

type Underscored<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${B}` : S;

/** The translation key of an event (i18next reads dots as nesting). */
export function eventKey(event: WebhookEvent): Underscored<WebhookEvent> {
  return event.replace('.', '_') as Underscored<WebhookEvent>;
}
