import { Inject, Injectable } from '@nestjs/common';
import { type Db, type DealEventPayload, OutboxWriter } from '@rongtong/platform';
import {
  type ActorSide,
  CLOSED_STATES,
  type DealAction,
  DEAL_KINDS,
  DealHoldLapsedError,
  type DealKind,
  type DealState,
  isHeld,
  nextState,
  turnOf,
} from '../domain';
import { type DealRecord, DealRepository } from '../persistence/deal.repository';

/** Who takes a step: a party's user, or the platform (`userId` null). */
export interface StepActor {
  side: ActorSide;
  userId: string | null;
}

/** What a step carries besides its action: a reason, new terms (counter-offers), a document. */
export interface StepInput {
  reason?: string | null;
  /** A counter-offer's terms, already validated by the kind's effects. */
  terms?: Record<string, unknown>;
  /** Recorded in the audit trail with the step. */
  data?: Record<string, unknown>;
}

export interface StepContext {
  action: DealAction;
  from: DealState;
  to: DealState;
  actor: StepActor;
  now: Date;
  input: StepInput;
}

/** What a kind's effects add to the step written: terms that changed, audit data, the cutoff verdict. */
export interface StepOutcome {
  terms?: Record<string, unknown>;
  data?: Record<string, unknown>;
  lateCancellation?: boolean;
  /** Overrides the default (a fresh hold when a turn passes, none once decided). */
  holdExpiresAt?: Date | null;
}

/**
 * What a kind of deal does besides changing state: release or commit the time, the
 * capacity or the licence it holds. Runs inside the step's transaction with the deal row
 * locked; throwing refuses the step and rolls everything back.
 */
export interface DealEffects {
  readonly kind: DealKind;
  apply(tx: Db, deal: DealRecord, step: StepContext): Promise<StepOutcome | void>;
  /**
   * Kinds that negotiate (reservations, licences): reads a counter-offer's body into the
   * deal's new terms, or throws a 422 naming the fields. `apply` then sees them as
   * `step.input.terms` on the `counter` step.
   */
  readOffer?(deal: DealRecord, body: unknown): Promise<Record<string, unknown>>;
  /** What a deal of this kind shows besides its terms (the booked slot, the periods, the agreement). */
  extras?(db: Db, deal: DealRecord): Promise<Record<string, unknown>>;
}

export const DEAL_EFFECTS = Symbol('DEAL_EFFECTS');

/** How long an unanswered request or counter-offer holds what it asks for. */
export const HOLD_HOURS = 48;

export function holdUntil(now: Date): Date {
  return new Date(now.getTime() + HOLD_HOURS * 3_600_000);
}

/**
 * The one path every deal step takes: check the step is this party's to take, let the
 * kind's effects run, write the new state with an audit row, and announce it through the
 * outbox, all in the caller's transaction.
 */
@Injectable()
export class DealWorkflow {
  private readonly effects: Map<DealKind, DealEffects>;

  constructor(
    private readonly deals: DealRepository,
    private readonly outbox: OutboxWriter,
    @Inject(DEAL_EFFECTS) effects: DealEffects[],
  ) {
    this.effects = new Map(effects.map((e) => [e.kind, e]));
    // A kind without effects would take its steps without touching what it holds: refuse to start instead.
    const unclaimed = DEAL_KINDS.filter((kind) => effects.filter((e) => e.kind === kind).length !== 1);
    if (unclaimed.length > 0) {
      throw new Error(`Every deal kind needs exactly one DealEffects; not so for: ${unclaimed.join(', ')}`);
    }
  }

  effectsOf(kind: DealKind): DealEffects | undefined {
    return this.effects.get(kind);
  }

  /** The kind-specific parts of a deal's view. */
  async extras(db: Db, deal: DealRecord): Promise<Record<string, unknown>> {
    return (await this.effects.get(deal.kind)?.extras?.(db, deal)) ?? {};
  }

  /** Takes `action` on a deal the caller locked (`findById(tx, id, {forUpdate: true})`). */
  async step(
    tx: Db,
    deal: DealRecord,
    action: DealAction,
    actor: StepActor,
    input: StepInput = {},
  ): Promise<DealRecord> {
    const to = nextState(deal.kind, deal.state, action, actor.side);
    const now = new Date();
    if (
      isHeld(deal.state) &&
      deal.holdExpiresAt &&
      deal.holdExpiresAt <= now &&
      action !== 'expire' &&
      action !== 'cancel'
    ) {
      throw new DealHoldLapsedError(deal.holdExpiresAt);
    }
    const context: StepContext = { action, from: deal.state, to, actor, now, input };
    const outcome = (await this.effects.get(deal.kind)?.apply(tx, deal, context)) ?? {};
    const updated = await this.deals.changeState(tx, deal.id, {
      state: to,
      turn: turnOf(deal.kind, to),
      // Each move that hands the turn over gives the other party a fresh hold to answer in.
      holdExpiresAt: outcome.holdExpiresAt !== undefined ? outcome.holdExpiresAt : isHeld(to) ? holdUntil(now) : null,
      cancelledBy: action === 'cancel' && actor.side !== 'system' ? actor.side : null,
      lateCancellation: outcome.lateCancellation ?? null,
      reason: input.reason ?? null,
      closed: CLOSED_STATES.has(to),
      terms: outcome.terms ?? input.terms,
    });
    await this.deals.appendEvent(tx, {
      dealId: deal.id,
      actorUserId: actor.userId,
      actorSide: actor.side,
      action,
      fromState: deal.state,
      toState: to,
      data: { ...(input.reason ? { reason: input.reason } : {}), ...input.data, ...outcome.data },
    });
    await this.announce(tx, action === 'counter' ? 'deal.offer_made' : 'deal.state_changed', updated, actor, {
      previousState: deal.state,
      action,
    });
    return updated;
  }

  /** Records a new deal's first audit row and announces it. */
  async opened(tx: Db, deal: DealRecord, actor: StepActor, data?: Record<string, unknown>): Promise<void> {
    await this.deals.appendEvent(tx, {
      dealId: deal.id,
      actorUserId: actor.userId,
      actorSide: actor.side,
      action: 'create',
      fromState: null,
      toState: deal.state,
      data: data ?? null,
    });
    await this.announce(tx, 'deal.created', deal, actor);
  }

  async announce(
    tx: Db,
    type: string,
    deal: DealRecord,
    actor: StepActor,
    extra: Partial<DealEventPayload> = {},
  ): Promise<void> {
    const payload: DealEventPayload = {
      dealId: deal.id,
      kind: deal.kind,
      listingId: deal.listingId,
      listingTitle: deal.listingTitle,
      requesterOrganizationId: deal.requesterOrganizationId,
      requesterUserId: deal.requesterUserId,
      providerOrganizationId: deal.providerOrganizationId,
      state: deal.state,
      actorSide: actor.side,
      actorUserId: actor.userId,
      ...extra,
    };
    await this.outbox.append(tx, { type, aggregateType: 'deal', aggregateId: deal.id, payload });
  }
}
