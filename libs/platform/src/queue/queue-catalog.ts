import type { OutboxMessage } from '../outbox/outbox-message';

/**
 * Every queue and every job name, declared once with the payload each job carries.
 * Jobs fed by the outbox are named after the event type and carry the `OutboxMessage`.
 * The worker refuses to start unless each job name here has exactly one handler.
 */
export interface JobCatalog {
  maintenance: {
    'outbox.prune': { olderThanDays: number };
  };
  /** Keeps the search engines in step with what is published. */
  'search-index': {
    'listing.published': OutboxMessage<ListingEventPayload>;
    'listing.updated': OutboxMessage<ListingEventPayload>;
    'listing.unpublished': OutboxMessage<ListingEventPayload>;
    /** A provider joined a park: its documents carry its parks (park-only visibility). */
    'park_membership.approved': OutboxMessage<ParkMembershipEventPayload>;
  };
}

/** What park-membership events carry. */
export interface ParkMembershipEventPayload {
  parkId: string;
  organizationId: string;
}

/** What listing events carry; the indexer reads the listing's current state itself. */
export interface ListingEventPayload {
  listingId: string;
  ownerOrganizationId: string;
  kind: string;
}

export type QueueName = keyof JobCatalog;
export type JobName<Q extends QueueName> = Extract<keyof JobCatalog[Q], string>;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobCatalog[Q][N];

export const QUEUE_JOBS: { [Q in QueueName]: readonly JobName<Q>[] } = {
  maintenance: ['outbox.prune'],
  'search-index': ['listing.published', 'listing.updated', 'listing.unpublished', 'park_membership.approved'],
};

export const QUEUE_NAMES = Object.keys(QUEUE_JOBS) as QueueName[];

/** Which queues hear each outbox event type. An event nobody routes is marked published. */
export type EventRoutes = Readonly<Record<string, readonly string[]>>;

export const EVENT_ROUTES: EventRoutes = {
  'listing.published': ['search-index'],
  'listing.updated': ['search-index'],
  'listing.unpublished': ['search-index'],
  'park_membership.approved': ['search-index'],
};

/** The payload of an event-fed job; kept here so processors type their handlers alike. */
export type EventJob = OutboxMessage;
