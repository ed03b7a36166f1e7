import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { DealDocumentNotFoundError } from '../domain';
import { DealDocumentRepository } from '../persistence/deal-document.repository';
import { DealRepository } from '../persistence/deal.repository';
import { dealDocumentView } from '../documents/deal-document-upload';
import { partyDeal } from '../access/party-deal';

/** One document's bytes, for the deal's parties. */
@Injectable()
export class DownloadDealDocumentUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly documents: DealDocumentRepository,
    private readonly storage: ObjectStorage,
  ) {}

  async execute(actor: Actor, dealId: string, documentId: string) {
    const { deal } = await partyDeal(this.uow.db, this.deals, actor, dealId);
    const document = await this.documents.find(this.uow.db, deal.id, documentId);
    if (!document) throw new DealDocumentNotFoundError();
    return { document: dealDocumentView(document), content: await this.storage.get(document.storageKey) };
  }
}
