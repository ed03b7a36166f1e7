import { availableActions, type Side } from '../domain';
import type { DealEventRecord, DealRecord } from '../persistence/deal.repository';
import type { DealOfferRecord } from '../persistence/deal-offer.repository';

/** Kind-specific parts of a deal, filled by whoever reads them (booking, agreement …). */
export type DealExtras = Record<string, unknown>;

/**
 * A deal as its parties see it. `actions` are the steps the caller may take now, so a
 * client shows the right buttons without knowing the state machine.
 */
export function dealView(
  deal: DealRecord,
  options: { sides: Side[]; offers?: DealOfferRecord[]; events?: DealEventRecord[]; extras?: DealExtras },
) {
  return {
    id: deal.id,
    kind: deal.kind,
    state: deal.state,
    turn: deal.turn,
    listing: { id: deal.listingId, title: deal.listingTitle },
    requesterOrganizationId: deal.requesterOrganizationId,
    requesterUserId: deal.requesterUserId,
    providerOrganizationId: deal.providerOrganizationId,
    terms: deal.terms,
    holdExpiresAt: deal.holdExpiresAt,
    cancelledBy: deal.cancelledBy,
    lateCancellation: deal.lateCancellation,
    stateReason: deal.stateReason,
    version: deal.version,
    createdAt: deal.createdAt,
    updatedAt: deal.updatedAt,
    closedAt: deal.closedAt,
    yourSides: options.sides,
    actions: [...new Set(options.sides.flatMap((side) => availableActions(deal.kind, deal.state, side)))],
    ...(options.offers ? { offers: options.offers } : {}),
    ...(options.events ? { events: options.events } : {}),
    ...options.extras,
  };
}

export type DealView = ReturnType<typeof dealView>;
