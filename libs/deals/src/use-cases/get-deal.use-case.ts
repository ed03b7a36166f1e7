import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { DealNotFoundError, type DealKind, type DealState, type Side } from '../domain';
import { DealRepository } from '../persistence/deal.repository';
import { DealOfferRepository } from '../persistence/deal-offer.repository';
import { partySides } from '../access/deal-access';
import { DealWorkflow } from '../workflow/deal-workflow';
import { dealView } from '../views/deal-view';

/** One deal, for its parties: state, terms, offers, audit trail and what the caller may do. */
@Injectable()
export class GetDealUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly offers: DealOfferRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  async execute(actor: Actor, dealId: string) {
    const db = this.uow.db;
    const deal = await this.deals.findById(db, dealId);
    if (!deal) throw new DealNotFoundError();
    const sides = partySides(actor, deal);
    const [offers, events, extras] = await Promise.all([
      this.offers.list(db, deal.id),
      this.deals.events(db, deal.id),
      this.workflow.extras(db, deal),
    ]);
    return dealView(deal, { sides, offers, events, extras });
  }
}

export interface ListDealsInput {
  role?: Side;
  kind?: DealKind;
  state?: DealState;
  listingId?: string;
  page: number;
  limit: number;
}

/** The caller's deals of every kind, as requester, provider or both, newest activity first. */
@Injectable()
export class ListDealsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
  ) {}

  async execute(actor: Actor, input: ListDealsInput) {
    const organizations = enterpriseIds(actor);
    if (organizations.length === 0) return { items: [], total: 0, page: input.page, limit: input.limit };
    const { items, total } = await this.deals.listForOrganizations(this.uow.db, organizations, {
      role: input.role,
      kind: input.kind,
      state: input.state,
      listingId: input.listingId,
      limit: input.limit,
      offset: (input.page - 1) * input.limit,
    });
    return {
      items: items.map((deal) => dealView(deal, { sides: partySides(actor, deal) })),
      total,
      page: input.page,
      limit: input.limit,
    };
  }
}
