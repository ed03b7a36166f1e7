import type { DealKind } from '@rongtong/kernel';
import type { OutboxMessage } from '../outbox/outbox-message';

/**
 * Every queue and every job name, declared once with the payload each job carries.
 * Jobs fed by the outbox are named after the event type and carry the `OutboxMessage`.
 * The worker refuses to start unless each job name here has exactly one handler.
 */
export interface JobCatalog {
  maintenance: {
    'outbox.prune': { olderThanDays: number };
    /** Requests and counter-offers left unanswered past their hold lapse (every minute). */
    'deals.expire-lapsed': Record<string, never>;
    /** Demands still wanted past their deadline expire (every hour). */
    'demands.expire': Record<string, never>;
    /** Lone reviews whose blind period ran out are announced to both parties (hourly). */
    'deals.reveal-reviews': Record<string, never>;
    /** Webhook secrets sealed under the current `SECRETS_KEY` (at start, then hourly). */
    'webhooks.seal-secrets': Record<string, never>;
    /** Credit code disputes never confirmed in time expire, their licences deleted (hourly). */
    'uscc-disputes.expire': Record<string, never>;
  };
  /** Keeps the search engines in step with what is published. */
  'search-index': {
    'listing.published': OutboxMessage<ListingEventPayload>;
    'listing.updated': OutboxMessage<ListingEventPayload>;
    'listing.unpublished': OutboxMessage<ListingEventPayload>;
    /** A provider joined a park: its documents carry its parks (park-only visibility). */
    'park_membership.approved': OutboxMessage<ParkMembershipEventPayload>;
    /** Frozen (its credit code disputed): its listings leave search; unfrozen: they come back. */
    'organization.frozen': OutboxMessage<OrganizationFreezeEventPayload>;
    'organization.unfrozen': OutboxMessage<OrganizationFreezeEventPayload>;
    /**
     * The supplier directory lists verified enterprises by their profile and facts: verified
     * (or not), its name or description edited, its industry, size class or badge changed.
     */
    'organization.verified': OutboxMessage<OrganizationFactsEventPayload>;
    'organization.verification_rejected': OutboxMessage<OrganizationFactsEventPayload>;
    'organization.profile_changed': OutboxMessage<OrganizationFactsEventPayload>;
    'organization.facts_changed': OutboxMessage<OrganizationFactsEventPayload>;
    'organization.badge_verified': OutboxMessage<OrganizationFactsEventPayload>;
    'organization.badge_rejected': OutboxMessage<OrganizationFactsEventPayload>;
  };
  /** Keeps `listing_free_time` (equipment free time ahead, for the search filter) in step. */
  availability: {
    'listing.published': OutboxMessage<ListingEventPayload>;
    'listing.updated': OutboxMessage<ListingEventPayload>;
    'listing.unpublished': OutboxMessage<ListingEventPayload>;
    'deal.created': OutboxMessage<DealEventPayload>;
    'deal.state_changed': OutboxMessage<DealEventPayload>;
    /** Daily: rolls every listing's horizon forward. */
    'availability.refresh-all': Record<string, never>;
  };
  /**
   * Demands and listings → matches: a demand posted or edited is matched against the
   * listings; a listing published or changed against the demands still wanted; a listing
   * unpublished, suspended or archived is withdrawn from the demands it was proposed to.
   */
  matching: {
    'demand.created': OutboxMessage<DemandEventPayload>;
    'demand.updated': OutboxMessage<DemandEventPayload>;
    'listing.published': OutboxMessage<ListingEventPayload>;
    'listing.updated': OutboxMessage<ListingEventPayload>;
    'listing.unpublished': OutboxMessage<ListingEventPayload>;
    /** A deal opened from a match completed: its demand is fulfilled. */
    'deal.state_changed': OutboxMessage<DealEventPayload>;
  };
  /** Deal and invitation events → in-app notifications, webhook deliveries and emails. */
  notifications: {
    'deal.created': OutboxMessage<DealEventPayload>;
    'deal.state_changed': OutboxMessage<DealEventPayload>;
    'deal.offer_made': OutboxMessage<DealEventPayload>;
    'deal.message_posted': OutboxMessage<DealEventPayload>;
    'deal.review_revealed': OutboxMessage<DealEventPayload>;
    'invitation.created': OutboxMessage<InvitationEventPayload>;
    'account.password_reset_requested': OutboxMessage<AccountTokenEventPayload>;
    'account.email_verification_requested': OutboxMessage<AccountTokenEventPayload>;
    'match.created': OutboxMessage<MatchEventPayload>;
    'match.interest': OutboxMessage<MatchEventPayload>;
    'uscc_dispute.filed': OutboxMessage<UsccDisputeEventPayload>;
    'uscc_dispute.opened': OutboxMessage<UsccDisputeEventPayload>;
    'uscc_dispute.upheld': OutboxMessage<UsccDisputeEventPayload>;
    'uscc_dispute.dismissed': OutboxMessage<UsccDisputeEventPayload>;
    'rfq.invited': OutboxMessage<RfqEventPayload>;
    'rfq.question_answered': OutboxMessage<RfqEventPayload>;
    'rfq.awarded': OutboxMessage<RfqEventPayload>;
    'rfq.cancelled': OutboxMessage<RfqEventPayload>;
    'rfq.amended': OutboxMessage<RfqEventPayload>;
    'rfq.taken_down': OutboxMessage<RfqEventPayload>;
    'rfq.reinstated': OutboxMessage<RfqEventPayload>;
  };
  /**
   * Park analytics (issue 18): the facts of the listing, deal or organization an event
   * names are derived again; the rollups follow.
   */
  analytics: {
    'listing.created': OutboxMessage<ListingEventPayload>;
    'listing.status_changed': OutboxMessage<ListingEventPayload>;
    'listing.updated': OutboxMessage<ListingEventPayload>;
    'deal.created': OutboxMessage<DealEventPayload>;
    'deal.state_changed': OutboxMessage<DealEventPayload>;
    'deal.offer_made': OutboxMessage<DealEventPayload>;
    'park_membership.approved': OutboxMessage<ParkMembershipEventPayload>;
    'organization.facts_changed': OutboxMessage<OrganizationFactsEventPayload>;
    'organization.badge_verified': OutboxMessage<OrganizationFactsEventPayload>;
    'organization.badge_rejected': OutboxMessage<OrganizationFactsEventPayload>;
  };
  /** One job per webhook delivery row; its id is the delivery's id. */
  webhooks: {
    'webhook.deliver': { deliveryId: string; requestId?: string | null };
  };
  /** One job per outbound email row; its id is the email's id. */
  email: {
    'email.send': { emailId: string; requestId?: string | null };
  };
  /**
   * Uploaded listings files (issue 22): the import is written with its event, so a file
   * accepted while Redis was away is imported once it is back.
   */
  imports: {
    'listing_import.requested': OutboxMessage<ListingImportEventPayload>;
  };
}

/**
 * What every `deal.*` event carries (aggregateType `deal`, aggregateId the deal's id):
 * enough for a listener to address and word a notification without reading deal tables.
 */
export interface DealEventPayload {
  dealId: string;
  kind: DealKind;
  /** Null for an order (an RFQ's award): its title is the RFQ's. */
  listingId: string | null;
  listingTitle: string;
  requesterOrganizationId: string;
  requesterUserId: string;
  providerOrganizationId: string;
  /** The state after the event. */
  state: string;
  /** deal.state_changed: the state before it. */
  previousState?: string;
  /**
   * deal.state_changed: accept|decline|cancel|complete|no_show|expire|receive_samples|deliver_report|counter,
   * and for orders start_production|ship|receive
   */
  action?: string;
  actorSide: 'requester' | 'provider' | 'system';
  actorUserId: string | null;
  /** deal.message_posted: the first ~140 characters of the message. */
  messageExcerpt?: string;
}

/**
 * What `invitation.created` carries. `token` is the one-time secret (only its hash is in
 * `invitations`), here so the invitation email can carry the accept link; the outbox
 * row holding it is pruned a week after it is relayed.
 */
export interface InvitationEventPayload {
  invitationId: string;
  organizationId: string;
  email: string;
  role: string;
  token?: string;
}

/**
 * What `account.password_reset_requested` and `account.email_verification_requested`
 * carry (aggregateType `user`): the address to write to, in the user's language, and the
 * one-time token for the link (only its hash is in `account_tokens`; the outbox row is
 * pruned a week after it is relayed, long after the token expired).
 */
export interface AccountTokenEventPayload {
  userId: string;
  email: string;
  displayName: string;
  locale: 'zh-CN' | 'en';
  token: string;
  /** When the token stops working (ISO 8601). */
  expiresAt: string;
}

/**
 * What `uscc_dispute.*` events carry (aggregateType `uscc_dispute`): the claimant's address
 * and language, the disputed enterprise, and the one-time tokens of the claimant's links
 * (only their hashes are in `uscc_disputes`; the outbox row is pruned after a week, and
 * the stored emails are redacted once settled).
 */
export interface UsccDisputeEventPayload {
  disputeId: string;
  uscc: string;
  organizationId: string;
  organizationName: string;
  claimant: { email: string; name: string; organizationName: string; locale: 'zh-CN' | 'en' };
  /** upheld, dismissed: the reviewer's reason. */
  reason: string | null;
  /** filed: the token of the link that confirms the claimant's address (and opens the dispute), and until when. */
  confirmToken?: string;
  confirmExpiresAt?: string;
  /** opened: the token of the link that follows the dispute. */
  followToken?: string;
  /** upheld: the token of the registration link that may take the code, and until when. */
  claimToken?: string;
  claimExpiresAt?: string;
}

/** What `organization.frozen` and `organization.unfrozen` carry. */
export interface OrganizationFreezeEventPayload {
  organizationId: string;
  reason: 'uscc_disputed' | 'uscc_revoked' | null;
}

/** What an organization's events carry when its industry, size class or 专精特新 badge may have changed. */
export interface OrganizationFactsEventPayload {
  organizationId: string;
}

/** What park-membership events carry. */
export interface ParkMembershipEventPayload {
  parkId: string;
  organizationId: string;
}

/** What `demand.created` and `demand.updated` carry (aggregateType `demand`); the matcher reads the demand itself. */
export interface DemandEventPayload {
  demandId: string;
  organizationId: string;
  kind: string;
}

/**
 * What `match.created` (the matcher proposed a listing) and `match.interest` (its provider
 * is interested) carry, aggregateType `demand`: enough to address and word a notification
 * to the demand's creator without reading matching's tables.
 */
export interface MatchEventPayload {
  demandId: string;
  matchId: string;
  listingId: string;
  demandOrganizationId: string;
  demandCreatedBy: string;
  providerOrganizationId: string;
  demandTitle: string;
  listingTitle: string;
  /** match.created: the score, 0–1. */
  score?: number;
  /** match.interest: the provider's user who said so. */
  actorUserId?: string;
}

/**
 * What the RFQ events suppliers hear carry (aggregateType `rfq`): the enterprises to tell,
 * worked out by sourcing when the event was written, so notifications never read its
 * tables. rfq.invited: the newly invited; rfq.question_answered, rfq.cancelled: every
 * supplier that showed interest (invited, asked, accepted the NDA, quoted); rfq.awarded:
 * the suppliers that quoted, with who won and the buyer's reason; rfq.amended: the
 * suppliers with a live quote, with the fields the buyer changed; rfq.taken_down,
 * rfq.reinstated: the buyer itself, with the operator's reason.
 */
export interface RfqEventPayload {
  rfqId: string;
  /** The buyer. */
  organizationId: string;
  title: string;
  notifyOrganizationIds: string[];
  reason?: string | null;
  awardedOrganizationIds?: string[];
  /** rfq.amended: the fields changed. */
  changedFields?: string[];
}

/** What `listing_import.requested` carries (aggregateType `listing_import`); the worker reads the import itself. */
export interface ListingImportEventPayload {
  importId: string;
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
  maintenance: [
    'outbox.prune',
    'deals.expire-lapsed',
    'demands.expire',
    'deals.reveal-reviews',
    'webhooks.seal-secrets',
    'uscc-disputes.expire',
  ],
  'search-index': [
    'listing.published',
    'listing.updated',
    'listing.unpublished',
    'park_membership.approved',
    'organization.frozen',
    'organization.unfrozen',
    'organization.verified',
    'organization.verification_rejected',
    'organization.profile_changed',
    'organization.facts_changed',
    'organization.badge_verified',
    'organization.badge_rejected',
  ],
  availability: ['availability.refresh-all'],
  notifications: [
    'deal.created',
    'deal.state_changed',
    'deal.offer_made',
    'deal.message_posted',
    'deal.review_revealed',
    'invitation.created',
    'account.password_reset_requested',
    'account.email_verification_requested',
    'match.created',
    'match.interest',
    'uscc_dispute.filed',
    'uscc_dispute.opened',
    'uscc_dispute.upheld',
    'uscc_dispute.dismissed',
    'rfq.invited',
    'rfq.question_answered',
    'rfq.awarded',
    'rfq.cancelled',
    'rfq.amended',
    'rfq.taken_down',
    'rfq.reinstated',
  ],
  matching: [
    'demand.created',
    'demand.updated',
    'listing.published',
    'listing.updated',
    'listing.unpublished',
    'deal.state_changed',
  ],
  webhooks: ['webhook.deliver'],
  email: ['email.send'],
  imports: ['listing_import.requested'],
  analytics: [
    'listing.created',
    'listing.status_changed',
    'listing.updated',
    'deal.created',
    'deal.state_changed',
    'deal.offer_made',
    'park_membership.approved',
    'organization.facts_changed',
    'organization.badge_verified',
    'organization.badge_rejected',
  ],
};

export const QUEUE_NAMES = Object.keys(QUEUE_JOBS) as QueueName[];

/** Which queues hear each outbox event type. An event nobody routes is marked published. */
export type EventRoutes = Readonly<Record<string, readonly string[]>>;

export const EVENT_ROUTES: EventRoutes = {
  'listing.published': ['search-index', 'availability', 'matching'],
  'listing.updated': ['search-index', 'availability', 'matching', 'analytics'],
  'demand.created': ['matching'],
  'demand.updated': ['matching'],
  'listing.unpublished': ['search-index', 'availability', 'matching'],
  'park_membership.approved': ['search-index', 'analytics'],
  'deal.created': ['notifications', 'availability', 'analytics'],
  'deal.state_changed': ['notifications', 'availability', 'matching', 'analytics'],
  'deal.offer_made': ['notifications', 'analytics'],
  'deal.message_posted': ['notifications'],
  'deal.review_revealed': ['notifications'],
  'invitation.created': ['notifications'],
  'account.password_reset_requested': ['notifications'],
  'account.email_verification_requested': ['notifications'],
  'match.created': ['notifications'],
  'match.interest': ['notifications'],
  'uscc_dispute.filed': ['notifications'],
  'uscc_dispute.opened': ['notifications'],
  'uscc_dispute.upheld': ['notifications'],
  'uscc_dispute.dismissed': ['notifications'],
  'rfq.invited': ['notifications'],
  'rfq.question_answered': ['notifications'],
  'rfq.awarded': ['notifications'],
  'rfq.cancelled': ['notifications'],
  'rfq.amended': ['notifications'],
  'rfq.taken_down': ['notifications'],
  'rfq.reinstated': ['notifications'],
  'organization.frozen': ['search-index'],
  'organization.unfrozen': ['search-index'],
  'organization.verified': ['search-index'],
  'organization.verification_rejected': ['search-index'],
  'organization.profile_changed': ['search-index'],
  'listing.created': ['analytics'],
  'listing.status_changed': ['analytics'],
  'organization.facts_changed': ['analytics', 'search-index'],
  'organization.badge_verified': ['analytics', 'search-index'],
  'organization.badge_rejected': ['analytics', 'search-index'],
  'listing_import.requested': ['imports'],
};

/** The payload of an event-fed job; kept here so processors type their handlers alike. */
export type EventJob = OutboxMessage;
