import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { AppConfig, ObjectStorage, UnitOfWork } from '@rongtong/platform';
import { DealNotFoundError } from '../domain';
import { DealDocumentRepository } from '../persistence/deal-document.repository';
import { DealRepository } from '../persistence/deal.repository';
import { actingSide } from './act-on-deal.use-case';
import {
  type DealDocumentUpload,
  dealDocumentView,
  discardStoredDocument,
  storeDealDocument,
} from '../documents/deal-document-upload';
import { dealView } from '../views/deal-view';
import { DealWorkflow } from '../workflow/deal-workflow';
import { partyDeal } from '../access/party-deal';

/**
 * The provider of a sample test delivers its report: the document and the
 * `deliver_report` step are written in one transaction. The step is checked before the
 * file is read (out of turn: 409, nothing stored) and again once the deal is locked; if
 * it fails then, the stored file is removed.
 */
@Injectable()
export class DeliverReportUseCase {
  private readonly logger = new Logger(DeliverReportUseCase.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly documents: DealDocumentRepository,
    private readonly workflow: DealWorkflow,
    private readonly storage: ObjectStorage,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, dealId: string, upload: DealDocumentUpload) {
    const { deal, sides } = await partyDeal(this.uow.db, this.deals, actor, dealId);
    const side = actingSide(deal, sides, 'deliver_report');
    const stored = await storeDealDocument(this.storage, this.config.uploads.maxBytes, deal.id, upload);
    try {
      return await this.uow.run(async (tx) => {
        const locked = await this.deals.findById(tx, deal.id, { forUpdate: true });
        if (!locked) throw new DealNotFoundError();
        const document = await this.documents.insert(tx, {
          ...stored,
          dealId: deal.id,
          purpose: 'report',
          uploadedBy: actor.userId,
        });
        const updated = await this.workflow.step(
          tx,
          locked,
          'deliver_report',
          { side, userId: actor.userId },
          { data: { reportDocumentId: document.id } },
        );
        return dealView(updated, {
          sides,
          extras: { ...(await this.workflow.extras(tx, updated)), report: dealDocumentView(document) },
        });
      });
    } catch (error) {
      await discardStoredDocument(this.storage, this.logger, stored.storageKey);
      throw error;
    }
  }
}
