import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { AppConfig, ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { DealDocumentRepository } from '../persistence/deal-document.repository';
import { DealRepository } from '../persistence/deal.repository';
import {
  type DealDocumentUpload,
  dealDocumentView,
  discardStoredDocument,
  storeDealDocument,
} from '../documents/deal-document-upload';
import { partyDeal } from '../access/party-deal';

/**
 * A party adds a file to the deal, to point at from messages: in any state, closed deals
 * too (a dispute needs its evidence). The bytes are stored before the row is written; if
 * the row cannot be written, the stored file is removed, so nothing is left half-written.
 */
@Injectable()
export class UploadDealDocumentUseCase {
  private readonly logger = new Logger(UploadDealDocumentUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly documents: DealDocumentRepository,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, dealId: string, upload: DealDocumentUpload) {
    const { deal } = await partyDeal(this.uow.db, this.deals, actor, dealId);
    const stored = await storeDealDocument(this.storage, this.config.uploads.maxBytes, deal.id, upload);
    try {
      const document = await this.uow.run((tx) =>
        this.documents.insert(tx, { ...stored, dealId: deal.id, purpose: 'message', uploadedBy: actor.userId }),
      );
      return dealDocumentView(document);
    } catch (error) {
      await discardStoredDocument(this.storage, this.logger, stored.storageKey);
      throw error;
    }
  }
}
