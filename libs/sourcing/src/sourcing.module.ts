import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DealsModule } from '@rongtong/deals';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from '@rongtong/listings';
import { SearchModule } from '@rongtong/search';
import { sourcingEntities } from './persistence/entities';
import { RfqAttachmentRepository, RfqRepository } from './persistence/rfq.repository';
import {
  DownloadRfqAttachmentUseCase,
  ListRfqAttachmentsUseCase,
  UploadRfqAttachmentUseCase,
} from './use-cases/rfq-attachments.use-case';
import { AcceptNdaUseCase } from './use-cases/accept-nda.use-case';
import { AwardRfqUseCase } from './use-cases/award-rfq.use-case';
import {
  ChangeRfqStatusUseCase,
  ReinstateRfqUseCase,
  TakeDownRfqUseCase,
} from './use-cases/change-rfq-status.use-case';
import { CreateRfqUseCase } from './use-cases/create-rfq.use-case';
import { GetRfqUseCase, ListRfqsUseCase } from './use-cases/get-rfq.use-case';
import { InviteSuppliersUseCase } from './use-cases/invite-suppliers.use-case';
import { ListParkRfqsUseCase } from './use-cases/list-park-rfqs.use-case';
import { ListQuotesUseCase } from './use-cases/list-quotes.use-case';
import {
  AnswerRfqQuestionUseCase,
  AskRfqQuestionUseCase,
  ListRfqQuestionsUseCase,
} from './use-cases/rfq-questions.use-case';
import { ReviseQuoteUseCase, SubmitQuoteUseCase, WithdrawQuoteUseCase } from './use-cases/rfq-quotes.use-case';
import { ListRfqAuditUseCase } from './use-cases/rfq-audit.use-case';
import { SourcingParties } from './use-cases/sourcing-parties';
import {
  SearchSuppliersUseCase,
  SuggestSuppliersUseCase,
  SupplierFinder,
} from './use-cases/supplier-directory.use-case';
import { UpdateRfqUseCase } from './use-cases/update-rfq.use-case';

const USE_CASES = [
  CreateRfqUseCase,
  UpdateRfqUseCase,
  ChangeRfqStatusUseCase,
  TakeDownRfqUseCase,
  ReinstateRfqUseCase,
  GetRfqUseCase,
  ListRfqsUseCase,
  ListRfqAuditUseCase,
  ListParkRfqsUseCase,
  InviteSuppliersUseCase,
  AcceptNdaUseCase,
  AskRfqQuestionUseCase,
  AnswerRfqQuestionUseCase,
  ListRfqQuestionsUseCase,
  SubmitQuoteUseCase,
  ReviseQuoteUseCase,
  WithdrawQuoteUseCase,
  ListQuotesUseCase,
  AwardRfqUseCase,
  SearchSuppliersUseCase,
  SuggestSuppliersUseCase,
  UploadRfqAttachmentUseCase,
  ListRfqAttachmentsUseCase,
  DownloadRfqAttachmentUseCase,
];

/**
 * Sourcing: requests for quotation from buyers, sealed quotes from suppliers, awards that
 * open `order` deals, and the supplier directory.
 */
@Module({
  imports: [TypeOrmModule.forFeature(sourcingEntities), IdentityModule, ListingsModule, DealsModule, SearchModule],
  providers: [RfqRepository, RfqAttachmentRepository, SourcingParties, SupplierFinder, ...USE_CASES],
  exports: USE_CASES,
})
export class SourcingModule {}
