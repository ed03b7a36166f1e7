import { ListingNotEditableError, ListingStateConflictError } from './listings.errors';

export const LISTING_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'suspended', 'archived'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_ACTIONS = ['submit', 'approve', 'reject', 'suspend', 'reinstate', 'archive'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

/**
 * DESIGN.md's lifecycle: draft → pending_review → published | rejected;
 * published ⇄ suspended; any → archived, which is final.
 *
 * A rejected listing is resubmitted straight from `rejected` (the owner edits it in place
 * first) rather than going back to `draft`: until it is resubmitted it keeps saying that
 * it was rejected, next to the moderator's reason, and a round trip through draft would
 * be a state change that tells nobody anything.
 */
const TRANSITIONS: Record<ListingStatus, Partial<Record<ListingAction, ListingStatus>>> = {
  draft: { submit: 'pending_review', archive: 'archived' },
  pending_review: { approve: 'published', reject: 'rejected', archive: 'archived' },
  published: { suspend: 'suspended', archive: 'archived' },
  rejected: { submit: 'pending_review', archive: 'archived' },
  suspended: { reinstate: 'published', archive: 'archived' },
  archived: {},
};

/** The status `action` leads to from `from`; a ListingStateConflictError if it may not. */
export function transition(from: ListingStatus, action: ListingAction): ListingStatus {
  const to = TRANSITIONS[from][action];
  if (to === undefined) throw new ListingStateConflictError(from, action, allowedActions(from));
  return to;
}

export function allowedActions(status: ListingStatus): ListingAction[] {
  return LISTING_ACTIONS.filter((action) => TRANSITIONS[status][action] !== undefined);
}

/** Moderators must say why they reject or suspend; the owner sees the reason. */
export function requiresReason(action: ListingAction): boolean {
  return action === 'reject' || action === 'suspend';
}

/**
 * How an owner's edit applies. `in_place`: the listing itself changes (draft, rejected).
 * `revision`: the edit waits for review while the current version stays as it is —
 * published stays visible (DESIGN.md), and a suspended listing is not reinstated with
 * unreviewed changes. Under review and archived, nothing may change: a moderator decides
 * on a fixed version, and archived is final.
 */
export type EditMode = 'in_place' | 'revision';

const EDIT_MODES: Partial<Record<ListingStatus, EditMode>> = {
  draft: 'in_place',
  rejected: 'in_place',
  published: 'revision',
  suspended: 'revision',
};

export function editMode(status: ListingStatus): EditMode {
  const mode = EDIT_MODES[status];
  if (mode === undefined) throw new ListingNotEditableError(status);
  return mode;
}
