import { Injectable } from '@nestjs/common';
import type { Db } from '@rongtong/platform';
import { INITIAL_STATES, turnOf } from '../domain';
import { DealRepository } from '../persistence/deal.repository';
import { DealWorkflow } from '../workflow/deal-workflow';

/** What an award agreed with one supplier: the order's terms. Amounts in fen. */
export interface OrderInput {
  rfqId: string;
  /** The RFQ's title: the order's name in lists, messages and notifications. */
  title: string;
  quoteId: string;
  buyerOrganizationId: string;
  buyerUserId: string;
  supplierOrganizationId: string;
  quantity: number;
  unit: string;
  unitPriceFen: number;
  leadTimeDays: number;
  deliveryDate: string;
  deliveryRegionCode: string;
  certifications: string[];
}

/**
 * Opens an `order` deal for an RFQ's award, in the caller's transaction (sourcing awards
 * all its suppliers at once, or none). The buyer is the requester, the supplier the
 * provider; it opens confirmed, with its audit row and `deal.created` like every deal.
 */
@Injectable()
export class OpenOrderDealUseCase {
  constructor(
    private readonly deals: DealRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  async open(tx: Db, input: OrderInput): Promise<{ id: string }> {
    const state = INITIAL_STATES.order;
    const deal = await this.deals.insert(tx, {
      kind: 'order',
      listingId: null,
      listingTitle: input.title,
      requesterOrganizationId: input.buyerOrganizationId,
      requesterUserId: input.buyerUserId,
      providerOrganizationId: input.supplierOrganizationId,
      state,
      turn: turnOf('order', state),
      terms: {
        rfqId: input.rfqId,
        quoteId: input.quoteId,
        quantity: input.quantity,
        unit: input.unit,
        unitPriceFen: input.unitPriceFen,
        totalFen: input.unitPriceFen * input.quantity,
        leadTimeDays: input.leadTimeDays,
        deliveryDate: input.deliveryDate,
        deliveryRegionCode: input.deliveryRegionCode,
        certifications: input.certifications,
      },
      holdExpiresAt: null,
      idempotency: null,
    });
    await this.workflow.opened(tx, deal, { side: 'requester', userId: input.buyerUserId }, { rfqId: input.rfqId });
    return { id: deal.id };
  }
}
