import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { DealDocumentRepository } from '../persistence/deal-document.repository';
import { DealMessageRepository } from '../persistence/deal-message.repository';
import { DealRepository } from '../persistence/deal.repository';
import { dealMessageView } from '../views/deal-message-view';
import { partyDeal } from '../access/party-deal';

export interface ListDealMessagesInput {
  /** A message id: only messages written before it. */
  before?: string;
  limit: number;
}

/**
 * A deal's thread for its parties, a page at a time from the newest back, like a chat:
 * the latest `limit` messages (or those before `before`), returned oldest → newest so
 * they read top to bottom. `hasMore` says whether older ones remain; to fetch them, pass
 * the first item's id as `before`.
 */
@Injectable()
export class ListDealMessagesUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly messages: DealMessageRepository,
    private readonly documents: DealDocumentRepository,
  ) {}

  async execute(actor: Actor, dealId: string, input: ListDealMessagesInput) {
    const db = this.uow.db;
    const { deal } = await partyDeal(db, this.deals, actor, dealId);
    const rows = await this.messages.newestFirst(db, deal.id, { before: input.before, limit: input.limit + 1 });
    const page = rows.slice(0, input.limit).reverse();
    const documents = await this.documents.findMany(db, deal.id, [...new Set(page.flatMap((m) => m.documentIds))]);
    const byId = new Map(documents.map((d) => [d.id, d]));
    return { items: page.map((message) => dealMessageView(message, byId)), hasMore: rows.length > input.limit };
  }
}
