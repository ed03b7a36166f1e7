import { Injectable } from '@nestjs/common';
import type { Actor } from '@rongtong/identity';
import { UnitOfWork } from '@rongtong/platform';
import {
  DealValidationError,
  MESSAGE_BODY_MAX_LENGTH,
  MESSAGE_DOCUMENTS_MAX,
  MessageDocumentsInvalidError,
  messageExcerpt,
  ownSide,
} from '../domain';
import { DealDocumentRepository } from '../persistence/deal-document.repository';
import { DealMessageRepository } from '../persistence/deal-message.repository';
import { DealRepository } from '../persistence/deal.repository';
import { dealMessageView } from '../views/deal-message-view';
import { DealWorkflow } from '../workflow/deal-workflow';
import { partyDeal } from '../access/party-deal';

export interface PostDealMessageInput {
  body: string;
  /** Documents already uploaded to this deal. */
  documentIds?: string[];
}

/**
 * A party writes in the deal's thread, in any state (also once closed: disputes), on its
 * own side (a user in both enterprises writes as the requester). The message and its
 * `deal.message_posted` event are written in one transaction.
 */
@Injectable()
export class PostDealMessageUseCase {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly deals: DealRepository,
    private readonly messages: DealMessageRepository,
    private readonly documents: DealDocumentRepository,
    private readonly workflow: DealWorkflow,
  ) {}

  async execute(actor: Actor, dealId: string, input: PostDealMessageInput) {
    const body = input.body.trim();
    const documentIds = [...new Set(input.documentIds ?? [])];
    const length = [...body].length;
    if (length === 0 || length > MESSAGE_BODY_MAX_LENGTH || documentIds.length > MESSAGE_DOCUMENTS_MAX) {
      throw new DealValidationError([
        length === 0 || length > MESSAGE_BODY_MAX_LENGTH
          ? { field: 'body', message: `must be 1–${MESSAGE_BODY_MAX_LENGTH} characters` }
          : { field: 'documentIds', message: `at most ${MESSAGE_DOCUMENTS_MAX} documents` },
      ]);
    }
    return this.uow.run(async (tx) => {
      const { deal, sides } = await partyDeal(tx, this.deals, actor, dealId);
      const documents = await this.documents.findMany(tx, deal.id, documentIds);
      if (documents.length !== documentIds.length) {
        const found = new Set(documents.map((d) => d.id));
        throw new MessageDocumentsInvalidError(documentIds.filter((id) => !found.has(id)));
      }
      const side = ownSide(sides);
      const message = await this.messages.insert(tx, {
        dealId: deal.id,
        authorUserId: actor.userId,
        authorSide: side,
        body,
        documentIds,
      });
      await this.workflow.announce(
        tx,
        'deal.message_posted',
        deal,
        { side, userId: actor.userId },
        { messageExcerpt: messageExcerpt(body) },
      );
      return dealMessageView(message, new Map(documents.map((d) => [d.id, d])));
    });
  }
}
