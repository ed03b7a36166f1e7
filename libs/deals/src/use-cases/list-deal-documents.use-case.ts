import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import { DealDocumentRepository } from '../persistence/deal-document.repository';
import { DealRepository } from '../persistence/deal.repository';
import { dealDocumentView } from '../documents/deal-document-upload';
import { partyDeal } from '../access/party-deal';

/** A deal's documents, oldest first, for its parties. */
@Injectable()
export class ListDealDocumentsUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly documents: DealDocumentRepository,
  ) {}

  async execute(actor: Actor, dealId: string) {
    const { deal } = await partyDeal(this.uow.db, this.deals, actor, dealId);
    return (await this.documents.ofDeal(this.uow.db, deal.id)).map(dealDocumentView);
  }
}
