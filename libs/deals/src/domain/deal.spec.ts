import {
  type ActorSide,
  availableActions,
  CLOSED_STATES,
  DEAL_ACTIONS,
  DEAL_KINDS,
  DEAL_STATES,
  type DealAction,
  INITIAL_STATES,
  type DealKind,
  type DealState,
  isHeld,
  isReviewable,
  nextState,
  stepsOf,
  turnOf,
} from './deal';
import { DealOutOfTurnError, DealStateConflictError } from './deals.errors';

const SIDES: readonly ActorSide[] = ['requester', 'provider', 'system'];

/**
 * Each kind's states and where a deal rests for good, written out here by hand so that a
 * change to the table in deal.ts must be made twice: once there, once here on purpose.
 */
const EXPECTED: Record<DealKind, { states: DealState[]; terminal: DealState[] }> = {
  booking: {
    states: ['requested', 'confirmed', 'completed', 'no_show', 'declined', 'expired', 'cancelled'],
    terminal: ['completed', 'no_show', 'declined', 'expired', 'cancelled'],
  },
  sample_test: {
    states: [
      'requested',
      'accepted',
      'samples_received',
      'report_delivered',
      'completed',
      'declined',
      'expired',
      'cancelled',
    ],
    terminal: ['completed', 'declined', 'expired', 'cancelled'],
  },
  reservation: {
    states: ['requested', 'countered', 'accepted', 'completed', 'declined', 'expired', 'cancelled'],
    terminal: ['completed', 'declined', 'expired', 'cancelled'],
  },
  // An accepted licence is the agreement in force: it rests there, reviewable, not closed.
  licence: {
    states: ['requested', 'countered', 'accepted', 'declined', 'expired', 'cancelled'],
    terminal: ['accepted', 'declined', 'expired', 'cancelled'],
  },
  // An RFQ's award: it opens confirmed, the supplier produces and ships, the buyer receives and completes.
  order: {
    states: ['confirmed', 'in_production', 'shipped', 'received', 'completed', 'cancelled'],
    terminal: ['completed', 'cancelled'],
  },
};

const stepAt = (kind: DealKind, from: DealState, action: DealAction) =>
  stepsOf(kind).find((s) => s.from === from && s.action === action);

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

/** The states a deal of `kind` can reach from the one it opens in, by any steps anyone may take. */
function reachable(kind: DealKind): Set<DealState> {
  const seen = new Set<DealState>([INITIAL_STATES[kind]]);
  const queue: DealState[] = [INITIAL_STATES[kind]];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const step of stepsOf(kind).filter((s) => s.from === state)) {
      if (!seen.has(step.to)) {
        seen.add(step.to);
        queue.push(step.to);
      }
    }
  }
  return seen;
}

describe.each(DEAL_KINDS)('the %s lifecycle', (kind) => {
  const steps = stepsOf(kind);

  it('has steps, each taken by someone', () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.by.length).toBeGreaterThan(0);
  });

  it.each(stepsOf(kind).flatMap((s) => s.by.map((side) => [s.from, s.action, side, s.to] as const)))(
    'from %s, %s by the %s leads to %s',
    (from, action, side, to) => {
      expect(nextState(kind, from, action, side)).toBe(to);
    },
  );

  it.each(
    stepsOf(kind).flatMap((s) =>
      SIDES.filter((side) => !s.by.includes(side)).map((side) => [s.from, s.action, side] as const),
    ),
  )('from %s, %s by the %s is out of turn', (from, action, side) => {
    const error = caught(() => nextState(kind, from, action, side));
    expect(error).toBeInstanceOf(DealOutOfTurnError);
    expect(error).toMatchObject({ code: 'DEAL_OUT_OF_TURN', kind: 'conflict', details: { state: from, action, side } });
  });

  it('refuses every step the table lacks, from every state, whoever takes it, as a state conflict', () => {
    let refused = 0;
    for (const state of DEAL_STATES) {
      for (const action of DEAL_ACTIONS) {
        if (stepAt(kind, state, action)) continue;
        for (const side of SIDES) {
          const error = caught(() => nextState(kind, state, action, side));
          expect(error).toBeInstanceOf(DealStateConflictError);
          expect(error).toMatchObject({
            code: 'DEAL_STATE_CONFLICT',
            kind: 'conflict',
            details: { state, action },
            params: { dealKind: kind },
          });
          refused += 1;
        }
      }
    }
    // Every pair the table lacks was tried, by all three sides.
    expect(refused).toBe((DEAL_STATES.length * DEAL_ACTIONS.length - steps.length) * SIDES.length);
  });

  it('reaches every one of its states from the one it opens in, and no other', () => {
    expect([...reachable(kind)].sort()).toEqual([...EXPECTED[kind].states].sort());
    const named = new Set(steps.flatMap((s) => [s.from, s.to]));
    expect([...named].sort()).toEqual([...EXPECTED[kind].states].sort());
  });

  it('rests for good only where expected: terminal states have no exits, the others have one', () => {
    const exits = (state: DealState) => steps.filter((s) => s.from === state);
    for (const state of EXPECTED[kind].states) {
      expect({ state, exits: exits(state).length > 0 }).toEqual({
        state,
        exits: !EXPECTED[kind].terminal.includes(state),
      });
    }
  });

  it('has no exits from a closed state', () => {
    for (const state of CLOSED_STATES) {
      expect(steps.filter((s) => s.from === state)).toEqual([]);
      for (const side of SIDES) expect(availableActions(kind, state, side)).toEqual([]);
    }
  });

  it('can end every deal: from each open state, some path leads to a terminal state', () => {
    for (const state of EXPECTED[kind].states) {
      const seen = new Set<DealState>([state]);
      const queue = [state];
      for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
        for (const s of steps.filter((x) => x.from === at && !seen.has(x.to))) {
          seen.add(s.to);
          queue.push(s.to);
        }
      }
      expect(EXPECTED[kind].terminal.some((t) => seen.has(t))).toBe(true);
    }
  });

  it('offers each side exactly the steps it may take, never the lapse that only the platform takes', () => {
    for (const state of DEAL_STATES) {
      for (const side of SIDES) {
        const expected = steps
          .filter((s) => s.from === state && s.by.includes(side) && s.action !== 'expire')
          .map((s) => s.action)
          .sort();
        expect({ state, side, actions: [...availableActions(kind, state, side)].sort() }).toEqual({
          state,
          side,
          actions: expected,
        });
      }
    }
  });

  it('lets only the platform expire, and only a held deal (requested or countered)', () => {
    for (const step of steps.filter((s) => s.action === 'expire')) {
      expect(step.by).toEqual(['system']);
      expect(step.to).toBe('expired');
      expect(isHeld(step.from)).toBe(true);
    }
    for (const state of EXPECTED[kind].states.filter(isHeld)) expect(stepAt(kind, state, 'expire')).toBeDefined();
  });

  it('names whose move it is where that side has a move to make', () => {
    for (const state of EXPECTED[kind].states) {
      const turn = turnOf(kind, state);
      if (turn === null) continue;
      expect({ state, turn, actions: availableActions(kind, state, turn).length > 0 }).toEqual({
        state,
        turn,
        actions: true,
      });
    }
    for (const state of EXPECTED[kind].terminal) expect(turnOf(kind, state)).toBeNull();
  });

  it('is reviewable only where it ran its course', () => {
    const reviewable = EXPECTED[kind].states.filter((state) => isReviewable(kind, state));
    expect(reviewable).toEqual(kind === 'licence' ? ['accepted'] : ['completed']);
  });
});

describe('order', () => {
  it('opens confirmed and runs supplier, supplier, buyer, buyer to completion', () => {
    expect(INITIAL_STATES.order).toBe('confirmed');
    expect(nextState('order', 'confirmed', 'start_production', 'provider')).toBe('in_production');
    expect(nextState('order', 'in_production', 'ship', 'provider')).toBe('shipped');
    expect(nextState('order', 'shipped', 'receive', 'requester')).toBe('received');
    expect(nextState('order', 'received', 'complete', 'requester')).toBe('completed');
  });

  it('can be cancelled by either party until it ships, not after', () => {
    for (const state of ['confirmed', 'in_production'] as const) {
      for (const side of ['requester', 'provider'] as const)
        expect(nextState('order', state, 'cancel', side)).toBe('cancelled');
    }
    for (const state of ['shipped', 'received'] as const) {
      expect(caught(() => nextState('order', state, 'cancel', 'requester'))).toBeInstanceOf(DealStateConflictError);
    }
  });

  it('is never held, so never lapses', () => {
    expect(stepsOf('order').some((s) => s.action === 'expire' || isHeld(s.from))).toBe(false);
  });
});

describe('negotiation', () => {
  it.each(['reservation', 'licence'] as const)('hands the turn over with each counter-offer (%s)', (kind) => {
    expect(nextState(kind, 'requested', 'counter', 'provider')).toBe('countered');
    expect(turnOf(kind, 'countered')).toBe('requester');
    expect(nextState(kind, 'countered', 'counter', 'requester')).toBe('requested');
    expect(turnOf(kind, 'requested')).toBe('provider');
  });

  it.each(['booking', 'sample_test'] as const)('is not part of a %s', (kind) => {
    expect(stepsOf(kind).filter((s) => s.action === 'counter')).toEqual([]);
    expect(stepsOf(kind).some((s) => s.to === 'countered')).toBe(false);
  });
});
