import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, enterpriseIds } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import type { RfqStatus } from '../domain';
import { RfqRepository } from '../persistence/rfq.repository';
import { rfqView } from './rfq-view';
import { SourcingParties } from './sourcing-parties';

export function ndaSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** One RFQ as the caller may read it; 404 for anyone it is not open to. */
@Injectable()
export class GetRfqUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, id: string) {
    const db = this.uow.db;
    const { rfq, side, scope } = await this.parties.standing(db, actor, id);
    const now = new Date();
    const names = await this.parties.names([rfq.organizationId]);
    if (side === 'supplier') {
      let acceptedAt: Date | null = null;
      if (rfq.ndaText !== null) {
        const hash = ndaSha256(rfq.ndaText);
        for (const org of scope.organizationIds) {
          const accepted = await this.rfqs.ndaAcceptance(db, rfq.id, org, hash);
          if (accepted) acceptedAt = accepted.acceptedAt;
        }
      }
      return rfqView(rfq, side, now, { ndaAcceptedAt: acceptedAt, buyerName: names.get(rfq.organizationId) });
    }
    return rfqView(rfq, side, now, {
      invitedOrganizationIds: await this.rfqs.invitedIds(db, id),
      buyerName: names.get(rfq.organizationId),
    });
  }
}

export interface ListRfqsQuery {
  /** supplier (default): the board of RFQs the caller may quote; buyer: its own enterprises' RFQs. */
  role?: 'supplier' | 'buyer';
  status?: RfqStatus;
  category?: string;
  region?: string;
  q?: string;
  page: number;
  limit: number;
}

/** The board (RFQs the caller may quote, open ones by default) or the buyer's own RFQs. */
@Injectable()
export class ListRfqsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rfqs: RfqRepository,
    private readonly parties: SourcingParties,
  ) {}

  async execute(actor: Actor, query: ListRfqsQuery) {
    const now = new Date();
    const filter = {
      status: query.status,
      category: query.category,
      regionPrefix: query.region,
      q: query.q?.trim() || undefined,
      limit: query.limit,
      offset: (query.page - 1) * query.limit,
    };
    if (query.role === 'buyer') {
      const { items, total } = await this.rfqs.ofBuyer(this.uow.db, enterpriseIds(actor), filter);
      return { items: items.map((r) => rfqView(r, 'buyer', now)), total, page: query.page, limit: query.limit };
    }
    const scope = await this.parties.scope(actor);
    if (scope.organizationIds.length === 0) return { items: [], total: 0, page: query.page, limit: query.limit };
    const { items, total } = await this.rfqs.board(this.uow.db, scope, { ...filter, status: filter.status ?? 'open' });
    const names = await this.parties.names(items.map((r) => r.organizationId));
    return {
      items: items.map((r) => rfqView(r, 'supplier', now, { buyerName: names.get(r.organizationId) })),
      total,
      page: query.page,
      limit: query.limit,
    };
  }
}
