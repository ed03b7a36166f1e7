import { buyerActions, effectiveStatus, isSealed } from '../domain';
import type { QuestionRecord, QuoteRecord, RfqRecord } from '../persistence/rfq.repository';
import type { RfqSide } from './sourcing-parties';

/** An RFQ as the caller may read it: the target price only for the buyer (or when shown). */
export function rfqView(
  rfq: RfqRecord,
  side: RfqSide,
  now: Date,
  extra: { invitedOrganizationIds?: string[]; ndaAcceptedAt?: Date | null; buyerName?: string } = {},
) {
  const own = side !== 'supplier';
  return {
    id: rfq.id,
    organizationId: rfq.organizationId,
    ...(extra.buyerName !== undefined && { organizationName: extra.buyerName }),
    title: rfq.title,
    description: rfq.description,
    category: rfq.category,
    process: rfq.process,
    materials: rfq.materials,
    quantity: rfq.quantity,
    unit: rfq.unit,
    deliveryDate: rfq.deliveryDate,
    deliveryRegionCode: rfq.deliveryRegionCode,
    certifications: rfq.certifications,
    targetUnitPriceFen: own || rfq.showTarget ? rfq.targetUnitPriceFen : null,
    showTarget: rfq.showTarget,
    quoteDeadline: rfq.quoteDeadline.toISOString(),
    visibility: rfq.visibility,
    ...(own && extra.invitedOrganizationIds && { invitedOrganizationIds: extra.invitedOrganizationIds }),
    ndaRequired: rfq.ndaText !== null,
    ndaText: rfq.ndaText,
    ...(side === 'supplier' && {
      ndaAcceptedAt: extra.ndaAcceptedAt ? extra.ndaAcceptedAt.toISOString() : null,
    }),
    status: effectiveStatus(rfq, now),
    statusReason: rfq.statusReason,
    sealed: isSealed(rfq, now),
    takenDown: rfq.takenDownAt !== null,
    ...(own && { takenDownReason: rfq.takenDownReason }),
    yourSide: side,
    actions: side === 'buyer' && rfq.takenDownAt === null ? buyerActions(rfq, now) : [],
    version: rfq.version,
    createdAt: rfq.createdAt.toISOString(),
    updatedAt: rfq.updatedAt.toISOString(),
    closedAt: rfq.closedAt?.toISOString() ?? null,
  };
}

export function quoteView(quote: QuoteRecord) {
  return {
    id: quote.id,
    rfqId: quote.rfqId,
    organizationId: quote.organizationId,
    priceBreaks: quote.priceBreaks,
    leadTimeDays: quote.leadTimeDays,
    validUntil: quote.validUntil,
    notes: quote.notes,
    status: quote.status,
    revision: quote.revision,
    awardedQuantity: quote.awardedQuantity,
    dealId: quote.dealId,
    createdAt: quote.createdAt.toISOString(),
    updatedAt: quote.updatedAt.toISOString(),
    withdrawnAt: quote.withdrawnAt?.toISOString() ?? null,
  };
}

/** A question as a supplier reads it: never who asked, unless it asked itself. */
export function questionView(question: QuestionRecord, side: RfqSide, ownOrganizationIds: readonly string[]) {
  const asker = side !== 'supplier' || ownOrganizationIds.includes(question.organizationId);
  return {
    id: question.id,
    question: question.question,
    answer: question.answer,
    answeredAt: question.answeredAt?.toISOString() ?? null,
    askedAt: question.createdAt.toISOString(),
    ...(asker && { organizationId: question.organizationId }),
    yours: side === 'supplier' && ownOrganizationIds.includes(question.organizationId),
  };
}
