import { DomainError } from '@rongtong/kernel';
import {
  allowedActions,
  editMode,
  LISTING_ACTIONS,
  LISTING_STATUSES,
  type ListingAction,
  type ListingStatus,
  requiresReason,
  transition,
} from './listing-status';
import { ListingNotEditableError, ListingStateConflictError } from './listings.errors';

// Every (status, action) pair: the status it leads to, or null for a conflict.
const EXPECTED: Record<ListingStatus, Record<ListingAction, ListingStatus | null>> = {
  draft: {
    submit: 'pending_review',
    approve: null,
    reject: null,
    suspend: null,
    reinstate: null,
    archive: 'archived',
  },
  pending_review: {
    submit: null,
    approve: 'published',
    reject: 'rejected',
    suspend: null,
    reinstate: null,
    archive: 'archived',
  },
  published: {
    submit: null,
    approve: null,
    reject: null,
    suspend: 'suspended',
    reinstate: null,
    archive: 'archived',
  },
  rejected: {
    submit: 'pending_review',
    approve: null,
    reject: null,
    suspend: null,
    reinstate: null,
    archive: 'archived',
  },
  suspended: {
    submit: null,
    approve: null,
    reject: null,
    suspend: null,
    reinstate: 'published',
    archive: 'archived',
  },
  archived: {
    submit: null,
    approve: null,
    reject: null,
    suspend: null,
    reinstate: null,
    archive: null,
  },
};

const PAIRS = LISTING_STATUSES.flatMap((from) =>
  LISTING_ACTIONS.map((action) => [from, action, EXPECTED[from][action]] as const),
);

describe('listing lifecycle', () => {
  it('covers all 36 pairs', () => {
    expect(PAIRS).toHaveLength(36);
  });

  it.each(PAIRS.filter(([, , to]) => to !== null))('%s --%s--> %s', (from, action, to) => {
    expect(transition(from, action)).toBe(to);
  });

  it.each(PAIRS.filter(([, , to]) => to === null))('%s --%s--> conflict', (from, action) => {
    let error: unknown;
    try {
      transition(from, action);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ListingStateConflictError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'LISTING_STATE_CONFLICT',
      kind: 'conflict',
      details: { status: from, action, allowedActions: allowedActions(from) },
    });
  });

  it.each(LISTING_STATUSES.map((s) => [s]))('allowedActions(%s) lists exactly the legal ones', (status) => {
    const legal = LISTING_ACTIONS.filter((action) => EXPECTED[status][action] !== null);
    expect(allowedActions(status)).toEqual(legal);
  });

  it('lets every status but archived be archived, and nothing leave archived', () => {
    for (const status of LISTING_STATUSES) {
      expect(allowedActions(status).includes('archive')).toBe(status !== 'archived');
    }
    expect(allowedActions('archived')).toEqual([]);
  });

  it.each<[ListingAction, boolean]>([
    ['submit', false],
    ['approve', false],
    ['reject', true],
    ['suspend', true],
    ['reinstate', false],
    ['archive', false],
  ])('%s requires a reason: %s', (action, required) => {
    expect(requiresReason(action)).toBe(required);
  });
});

describe('editMode', () => {
  it.each<[ListingStatus, 'in_place' | 'revision']>([
    ['draft', 'in_place'],
    ['rejected', 'in_place'],
    ['published', 'revision'],
    ['suspended', 'revision'],
  ])('%s is edited %s', (status, mode) => {
    expect(editMode(status)).toBe(mode);
  });

  it.each<[ListingStatus]>([['pending_review'], ['archived']])('%s is not editable', (status) => {
    expect(() => editMode(status)).toThrow(ListingNotEditableError);
    expect(() => editMode(status)).toThrow(expect.objectContaining({ code: 'LISTING_NOT_EDITABLE', kind: 'conflict' }));
  });
});
