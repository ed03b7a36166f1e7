import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import {
  type DealAction,
  DealNotFoundError,
  DealValidationError,
  LICENCE_TERM_FIELDS,
  nextState,
  type Side,
} from '../domain';
import { type DealRecord, DealRepository } from '../persistence/deal.repository';
import { DealOfferRepository } from '../persistence/deal-offer.repository';
import { partySides } from '../access/deal-access';
import { DealWorkflow, type StepInput } from '../workflow/deal-workflow';
import { dealView } from '../views/deal-view';

/** The steps a party takes by name (offers and reports have their own use cases). */
export type PartyAction = Exclude<DealAction, 'expire' | 'counter' | 'deliver_report'>;

/**
 * The side on which the caller takes `action`: the one the state machine lets act. A user
 * in both enterprises acts on whichever side the step belongs to; out of turn otherwise.
 */
export function actingSide(deal: DealRecord, sides: Side[], action: DealAction): Side {
  let refusal: unknown;
  for (const side of sides) {
    try {
      nextState(deal.kind, deal.state, action, side);
      return side;
    } catch (error) {
      refusal = error;
    }
  }
  throw refusal;
}

/** A party accepts, declines, cancels, completes, marks a no-show or the samples' arrival. */
@Injectable()
export class ActOnDealUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  async execute(actor: Actor, dealId: string, action: PartyAction, input: { reason?: string } = {}) {
    return this.uow.run(async (tx) => {
      const deal = await this.deals.findById(tx, dealId, { forUpdate: true });
      if (!deal) throw new DealNotFoundError();
      const sides = partySides(actor, deal);
      const side = actingSide(deal, sides, action);
      const updated = await this.workflow.step(
        tx,
        deal,
        action,
        { side, userId: actor.userId },
        {
          reason: input.reason?.trim() || null,
        },
      );
      return dealView(updated, { sides, extras: await this.workflow.extras(tx, updated) });
    });
  }
}

/** The terms a counter-offer may change, by deal kind (the HTTP body's limits are its DTO's). */
const OFFER_FIELDS: Partial<Record<DealRecord['kind'], readonly string[]>> = {
  reservation: ['quantity', 'from', 'to'],
  licence: LICENCE_TERM_FIELDS,
};

/** A counter-offer in a negotiated deal (reservations, licence requests): the turn passes over. */
@Injectable()
export class MakeOfferUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly offers: DealOfferRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  async execute(actor: Actor, dealId: string, body: Record<string, unknown>) {
    return this.uow.run(async (tx) => {
      const deal = await this.deals.findById(tx, dealId, { forUpdate: true });
      if (!deal) throw new DealNotFoundError();
      const sides = partySides(actor, deal);
      const effects = this.workflow.effectsOf(deal.kind);
      if (!effects?.readOffer) {
        throw new DealValidationError([
          {
            field: 'kind',
            message: `a ${deal.kind.replace('_', ' ')} is not negotiated by offers`,
            code: 'OFFERS_NOT_SUPPORTED',
          },
        ]);
      }
      const side = actingSide(deal, sides, 'counter');
      const { note, ...given } = body;
      const offerBody = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
      const foreign = Object.keys(offerBody).filter((field) => !OFFER_FIELDS[deal.kind]?.includes(field));
      if (foreign.length > 0) {
        throw new DealValidationError(
          foreign.map((field) => ({ field, message: 'is not a known field', code: 'unknown_field' })),
        );
      }
      const terms = await effects.readOffer(deal, offerBody);
      const input: StepInput = { terms };
      const offer = await this.offers.append(tx, deal.id, {
        side,
        terms,
        note: typeof note === 'string' ? note.trim() || null : null,
        createdBy: actor.userId,
      });
      input.data = { offerVersion: offer.version };
      const updated = await this.workflow.step(tx, deal, 'counter', { side, userId: actor.userId }, input);
      const [offers, extras] = await Promise.all([this.offers.list(tx, deal.id), this.workflow.extras(tx, updated)]);
      return dealView(updated, { sides, offers, extras });
    });
  }
}
