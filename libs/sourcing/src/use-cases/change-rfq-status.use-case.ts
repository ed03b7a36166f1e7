import { Injectable } from '@nestjs/common';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { ReasonRequiredError } from '@rongtong/kernel';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { RFQ_EVENTS, RfqNotTakenDownError, RfqStateConflictError, rfqStep, SourcingForbiddenError } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { rfqView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

export type RfqStatusAction = 'publish' | 'close' | 'cancel';

const EVENT = { publish: RFQ_EVENTS.published, close: RFQ_EVENTS.closed, cancel: RFQ_EVENTS.cancelled } as const;

/**
 * The buyer publishes a draft, closes quoting early (which unseals the quotes) or cancels
 * the RFQ; every interested supplier hears of a cancellation through the event.
 */
@Injectable()
export class ChangeRfqStatusUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, action: RfqStatusAction, reason?: string | null) {
    assertEmailVerified(actor);
    const now = new Date();
    const rfq = await this.uow.run(async (tx) => {
      const current = await this.parties.asBuyer(tx, actor, id, { forUpdate: true });
      if (current.takenDownAt) throw new RfqStateConflictError('taken_down', action);
      const to = rfqStep(current, action, now);
      if (action === 'publish' && current.quoteDeadline.getTime() <= now.getTime()) {
        throw new RfqStateConflictError('past_deadline', action);
      }
      const updated = await this.rfqs.changeStatus(tx, id, to, reason?.trim() || null);
      await this.outbox.append(tx, {
        type: EVENT[action],
        aggregateType: 'rfq',
        aggregateId: id,
        payload: {
          rfqId: id,
          organizationId: updated.organizationId,
          title: updated.title,
          reason: updated.statusReason,
          notifyOrganizationIds: await this.rfqs.interestedSuppliers(tx, id),
        },
      });
      // A draft's invitees hear of it once it is published.
      const invited = action === 'publish' ? await this.rfqs.invitedIds(tx, id) : [];
      if (invited.length > 0) {
        await this.outbox.append(tx, {
          type: RFQ_EVENTS.invited,
          aggregateType: 'rfq',
          aggregateId: id,
          payload: {
            rfqId: id,
            organizationId: updated.organizationId,
            title: updated.title,
            notifyOrganizationIds: invited,
          },
        });
      }
      return updated;
    });
    return rfqView(rfq, 'buyer', now, { invitedOrganizationIds: await this.rfqs.invitedIds(this.uow.db, id) });
  }
}

/**
 * An operator of one of the buyer's parks (or a platform admin) takes an RFQ down, as
 * they suspend a listing: suppliers no longer see it nor quote; the buyer reads why.
 */
@Injectable()
export class TakeDownRfqUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, reason: string | undefined) {
    const text = reason?.trim();
    if (!text) throw new ReasonRequiredError();
    const now = new Date();
    const rfq = await this.uow.run(async (tx) => {
      const { rfq: current, side } = await this.parties.standing(tx, actor, id, { forUpdate: true });
      if (side !== 'moderator' && !actor.isPlatformAdmin) {
        throw new SourcingForbiddenError('MODERATOR_REQUIRED', "Only the operators of the buyer's park take RFQs down");
      }
      if (current.takenDownAt) throw new RfqStateConflictError('taken_down', 'take_down');
      const updated = await this.rfqs.takeDown(tx, id, text);
      await this.rfqs.audit(tx, { rfqId: id, actorUserId: actor.userId, action: 'take_down', reason: text });
      await this.outbox.append(tx, {
        type: RFQ_EVENTS.takenDown,
        aggregateType: 'rfq',
        aggregateId: id,
        // The buyer hears of it (notifications send it to the buyer only).
        payload: {
          rfqId: id,
          organizationId: updated.organizationId,
          title: updated.title,
          reason: text,
          notifyOrganizationIds: [updated.organizationId],
        },
      });
      return updated;
    });
    return rfqView(rfq, 'moderator', now);
  }
}

/**
 * The same moderators put a taken-down RFQ back, with a reason (as a listing is
 * reinstated): suppliers see it again, the buyer is told and may act on it again; the
 * step is audited like the take-down. 409 RFQ_NOT_TAKEN_DOWN for one that is not down.
 */
@Injectable()
export class ReinstateRfqUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string, reason: string | undefined) {
    const text = reason?.trim();
    if (!text) throw new ReasonRequiredError();
    const now = new Date();
    const rfq = await this.uow.run(async (tx) => {
      const { rfq: current, side } = await this.parties.standing(tx, actor, id, { forUpdate: true });
      if (side !== 'moderator' && !actor.isPlatformAdmin) {
        throw new SourcingForbiddenError('MODERATOR_REQUIRED', "Only the operators of the buyer's park reinstate RFQs");
      }
      if (!current.takenDownAt) throw new RfqNotTakenDownError();
      const updated = await this.rfqs.reinstate(tx, id);
      await this.rfqs.audit(tx, { rfqId: id, actorUserId: actor.userId, action: 'reinstate', reason: text });
      await this.outbox.append(tx, {
        type: RFQ_EVENTS.reinstated,
        aggregateType: 'rfq',
        aggregateId: id,
        payload: {
          rfqId: id,
          organizationId: updated.organizationId,
          title: updated.title,
          reason: text,
          notifyOrganizationIds: [updated.organizationId],
        },
      });
      return updated;
    });
    return rfqView(rfq, 'moderator', now);
  }
}
