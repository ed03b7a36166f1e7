import { Injectable } from '@nestjs/common';
import { OpenOrderDealUseCase } from '@rongtong/deals';
import { type Actor, assertEmailVerified } from '@rongtong/identity';
import { OutboxWriter, UnitOfWork } from '@rongtong/platform';
import { readAward, RFQ_EVENTS, RfqStateConflictError, rfqStep, unitPriceAt } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { rfqView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

interface AwardedLine {
  quoteId: string;
  organizationId: string;
  quantity: number;
  unitPriceFen: number;
  totalFen: number;
  dealId: string;
}

/**
 * The buyer awards a closed RFQ to one or several suppliers, splitting the quantity: one
 * `order` deal per awarded quote opens (confirmed, at the quote's price for the awarded
 * quantity), the other live quotes are not awarded, and `rfq.awarded` tells every
 * supplier that quoted, with the buyer's reason. All in one transaction.
 */
@Injectable()
export class AwardRfqUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly outbox: OutboxWriter,
    private readonly parties: SourcingParties,
    private readonly orders: OpenOrderDealUseCase,
  ) {}

  async execute(actor: Actor, id: string, body: { awards?: unknown; reason?: unknown }) {
    assertEmailVerified(actor);
    const now = new Date();
    return this.uow.run(async (tx) => {
      const rfq = await this.parties.asBuyer(tx, actor, id, { forUpdate: true });
      if (rfq.takenDownAt) throw new RfqStateConflictError('taken_down', 'award');
      rfqStep(rfq, 'award', now);
      const quotes = await this.rfqs.quotes(tx, id);
      const byId = new Map(quotes.map((q) => [q.id, q]));
      const { awards, reason } = readAward(body, rfq.quantity, byId);
      await this.parties.assertNotFrozen(rfq.organizationId);

      const awarded: AwardedLine[] = [];
      for (const line of awards) {
        const quote = byId.get(line.quoteId)!;
        const unitPriceFen = unitPriceAt(quote.priceBreaks, line.quantity)!;
        const deal = await this.orders.open(tx, {
          rfqId: rfq.id,
          title: rfq.title,
          quoteId: quote.id,
          buyerOrganizationId: rfq.organizationId,
          buyerUserId: actor.userId,
          supplierOrganizationId: quote.organizationId,
          quantity: line.quantity,
          unit: rfq.unit,
          unitPriceFen,
          leadTimeDays: quote.leadTimeDays,
          deliveryDate: rfq.deliveryDate,
          deliveryRegionCode: rfq.deliveryRegionCode,
          certifications: rfq.certifications,
        });
        await this.rfqs.decideQuote(tx, quote.id, {
          status: 'awarded',
          awardedQuantity: line.quantity,
          dealId: deal.id,
        });
        awarded.push({
          quoteId: quote.id,
          organizationId: quote.organizationId,
          quantity: line.quantity,
          unitPriceFen,
          totalFen: unitPriceFen * line.quantity,
          dealId: deal.id,
        });
      }
      const chosen = new Set(awards.map((a) => a.quoteId));
      const passedOver = quotes.filter((q) => q.status === 'live' && !chosen.has(q.id));
      for (const quote of passedOver) {
        await this.rfqs.decideQuote(tx, quote.id, { status: 'not_awarded', awardedQuantity: null, dealId: null });
      }
      const updated = await this.rfqs.changeStatus(tx, id, 'awarded', reason);
      await this.outbox.append(tx, {
        type: RFQ_EVENTS.awarded,
        aggregateType: 'rfq',
        aggregateId: id,
        payload: {
          rfqId: id,
          organizationId: rfq.organizationId,
          title: rfq.title,
          reason,
          awardedOrganizationIds: awarded.map((a) => a.organizationId),
          notAwardedOrganizationIds: passedOver.map((q) => q.organizationId),
          notifyOrganizationIds: [...awarded.map((a) => a.organizationId), ...passedOver.map((q) => q.organizationId)],
          dealIds: awarded.map((a) => a.dealId),
        },
      });
      return {
        rfq: rfqView(updated, 'buyer', now),
        awards: awarded,
        notAwardedQuoteIds: passedOver.map((q) => q.id),
      };
    });
  }
}
