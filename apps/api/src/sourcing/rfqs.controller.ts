import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import {
  AcceptNdaUseCase,
  AnswerRfqQuestionUseCase,
  AskRfqQuestionUseCase,
  AwardRfqUseCase,
  ChangeRfqStatusUseCase,
  CreateRfqUseCase,
  GetRfqUseCase,
  InviteSuppliersUseCase,
  ListQuotesUseCase,
  ListRfqAuditUseCase,
  ListRfqQuestionsUseCase,
  ListRfqsUseCase,
  ReviseQuoteUseCase,
  SubmitQuoteUseCase,
  SuggestSuppliersUseCase,
  ReinstateRfqUseCase,
  TakeDownRfqUseCase,
  UpdateRfqUseCase,
  WithdrawQuoteUseCase,
} from '@rongtong/sourcing';
import { Id } from '../http/id-param.decorator';
import { IfMatchVersion } from '../http/if-match';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  AnswerQuestionDto,
  AskQuestionDto,
  AwardResultDto,
  AwardRfqDto,
  CreateRfqDto,
  InvitationsResultDto,
  InviteSuppliersDto,
  ListRfqsQueryDto,
  NdaAcceptanceDto,
  QuoteBodyDto,
  QuoteDto,
  QuotesDto,
  RfqDto,
  RfqPageDto,
  RfqQuestionDto,
  RfqQuestionsDto,
  RfqReasonDto,
  SubmitQuoteDto,
  SuggestedSuppliersDto,
  SupplierActingDto,
  ReinstateRfqDto,
  RfqAuditPageDto,
  RfqAuditQueryDto,
  TakeDownRfqDto,
  UpdateRfqDto,
} from './sourcing.dto';

const STATE = '409 RFQ_STATE_CONFLICT';

/**
 * Requests for quotation: the buyer's side (post, edit, publish, close, cancel, read the
 * quotes once unsealed, award, invite) and the supplier's (the board, questions, NDA,
 * quotes). An RFQ a caller may not see is 404, whoever asks.
 */
@ApiTags('sourcing')
@Controller('rfqs')
export class RfqsController {
  constructor(
    private readonly create: CreateRfqUseCase,
    private readonly update: UpdateRfqUseCase,
    private readonly status: ChangeRfqStatusUseCase,
    private readonly takeDown: TakeDownRfqUseCase,
    private readonly reinstate: ReinstateRfqUseCase,
    private readonly get: GetRfqUseCase,
    private readonly list: ListRfqsUseCase,
    private readonly invite: InviteSuppliersUseCase,
    private readonly nda: AcceptNdaUseCase,
    private readonly ask: AskRfqQuestionUseCase,
    private readonly answer: AnswerRfqQuestionUseCase,
    private readonly questions: ListRfqQuestionsUseCase,
    private readonly submit: SubmitQuoteUseCase,
    private readonly revise: ReviseQuoteUseCase,
    private readonly withdraw: WithdrawQuoteUseCase,
    private readonly quotes: ListQuotesUseCase,
    private readonly award: AwardRfqUseCase,
    private readonly suggest: SuggestSuppliersUseCase,
    private readonly auditTrail: ListRfqAuditUseCase,
  ) {}

  @ApiOperation({
    summary: 'Post a request for quotation',
    description:
      'Members of a verified enterprise with a verified email. Open at once (suppliers may quote until ' +
      'quoteDeadline) unless draft: true. 403 EMAIL_NOT_VERIFIED, ORGANIZATION_NOT_VERIFIED, ' +
      'ENTERPRISE_MEMBER_REQUIRED; 422 RFQ_INVALID names every bad field.',
  })
  @ApiCreatedResponse({ type: RfqDto })
  @Post()
  @ApiProblems(400, 401, 403, { 422: 'RFQ_INVALID, REGION_UNKNOWN' })
  createRfq(@Body() body: CreateRfqDto, @CurrentActor() actor: Actor) {
    return this.create.execute(actor, body);
  }

  @ApiOperation({
    summary: 'The RFQ board: RFQs you may quote (open ones by default), or your own (role=buyer)',
  })
  @ApiOkResponse({ type: RfqPageDto })
  @Get()
  @ApiProblems(400, 401)
  listRfqs(@Query() query: ListRfqsQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, { ...query, page: query.page ?? 1, limit: query.limit ?? 20 });
  }

  @ApiOperation({
    summary: 'One RFQ',
    description:
      'The buyer reads all of it; a supplier it is open to reads it without the target price (unless shown) ' +
      "and the invitation list; the buyer's park operators read it to moderate. 404 for anyone else.",
  })
  @ApiOkResponse({ type: RfqDto })
  @Get(':id')
  @ApiProblems(400, 401, { 404: 'RFQ_NOT_FOUND' })
  getRfq(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.get.execute(actor, id);
  }

  @ApiOperation({
    summary: 'Edit a draft or open RFQ (the buyer)',
    description: `Sent fields replace the current ones; null clears an optional one. ${STATE}, RFQ_VERSION_CONFLICT; 422 RFQ_INVALID.`,
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version edited, e.g. "3"' })
  @ApiOkResponse({ type: RfqDto })
  @Patch(':id')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT, RFQ_VERSION_CONFLICT', 422: 'RFQ_INVALID' })
  updateRfq(
    @Id() id: string,
    @Body() body: UpdateRfqDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    // Optional here: without a version the edit applies to the RFQ as it is.
    const { version, ...patch } = body;
    return this.update.execute(actor, id, patch, ifMatch ?? version);
  }

  @ApiOperation({ summary: 'Publish a draft RFQ (the buyer)', description: STATE })
  @ApiOkResponse({ type: RfqDto })
  @HttpCode(200)
  @Post(':id/publish')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT' })
  publishRfq(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'publish');
  }

  @ApiOperation({
    summary: 'Close quoting early (the buyer): the quotes unseal',
    description: STATE,
  })
  @ApiOkResponse({ type: RfqDto })
  @HttpCode(200)
  @Post(':id/close')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT' })
  closeRfq(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'close');
  }

  @ApiOperation({ summary: 'Cancel the RFQ (the buyer), optionally saying why', description: STATE })
  @ApiOkResponse({ type: RfqDto })
  @HttpCode(200)
  @Post(':id/cancel')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT' })
  cancelRfq(@Id() id: string, @Body() body: RfqReasonDto, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'cancel', body.reason);
  }

  @ApiOperation({
    summary: "Take an RFQ down (operators of the buyer's park, platform admins), with a reason",
    description: '403 MODERATOR_REQUIRED; 422 REASON_REQUIRED; 409 RFQ_STATE_CONFLICT when already taken down',
  })
  @ApiOkResponse({ type: RfqDto })
  @HttpCode(200)
  @Post(':id/take-down')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT', 422: 'REASON_REQUIRED' })
  takeDownRfq(@Id() id: string, @Body() body: TakeDownRfqDto, @CurrentActor() actor: Actor) {
    return this.takeDown.execute(actor, id, body.reason);
  }

  @ApiOperation({
    summary: "Reinstate a taken-down RFQ (operators of the buyer's park, platform admins), with a reason",
    description:
      '403 MODERATOR_REQUIRED; 422 REASON_REQUIRED; 409 RFQ_NOT_TAKEN_DOWN when it is not taken down. ' +
      'Audited; the buyer is notified.',
  })
  @ApiOkResponse({ type: RfqDto })
  @HttpCode(200)
  @Post(':id/reinstate')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_NOT_TAKEN_DOWN', 422: 'REASON_REQUIRED' })
  reinstateRfq(@Id() id: string, @Body() body: ReinstateRfqDto, @CurrentActor() actor: Actor) {
    return this.reinstate.execute(actor, id, body.reason);
  }

  @ApiOperation({
    summary: "An RFQ's audit trail: take-downs, reinstatements and the buyer's edits, newest first",
    description:
      "The buyer's members, the operators of the buyer's parks and platform admins. An edit names the fields " +
      'changed and the quoting suppliers told of it. 404 RFQ_NOT_FOUND for anyone else, suppliers included.',
  })
  @ApiOkResponse({ type: RfqAuditPageDto })
  @Get(':id/audit')
  @ApiProblems(400, 401, { 404: 'RFQ_NOT_FOUND' })
  rfqAudit(@Id() id: string, @Query() query: RfqAuditQueryDto, @CurrentActor() actor: Actor) {
    return this.auditTrail.execute(actor, id, query);
  }

  @ApiOperation({
    summary: 'Invite enterprises to quote (the buyer), e.g. the suggested suppliers in one step',
    description: '422 RFQ_INVALID for an id that is no enterprise; 409 RFQ_STATE_CONFLICT once closed',
  })
  @ApiCreatedResponse({ type: InvitationsResultDto })
  @Post(':id/invitations')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT', 422: 'RFQ_INVALID' })
  inviteSuppliers(@Id() id: string, @Body() body: InviteSuppliersDto, @CurrentActor() actor: Actor) {
    return this.invite.execute(actor, id, body.organizationIds ?? body.invitedOrganizationIds);
  }

  @ApiOperation({
    summary: 'Suppliers the matcher suggests for this RFQ, with its reasons (the buyer)',
  })
  @ApiOkResponse({ type: SuggestedSuppliersDto })
  @Get(':id/suggested-suppliers')
  @ApiProblems(400, 401, 403, 404)
  suggestedSuppliers(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.suggest.execute(actor, id);
  }

  @ApiOperation({
    summary: "Accept the RFQ's NDA (a supplier it is open to)",
    description:
      'Records who, when and which text (its SHA-256); needed before downloading the attachments. ' +
      '409 RFQ_HAS_NO_NDA; 403 OWN_RFQ for the buyer.',
  })
  @ApiCreatedResponse({ type: NdaAcceptanceDto })
  @Post(':id/nda')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_HAS_NO_NDA' })
  acceptNda(@Id() id: string, @Body() body: SupplierActingDto, @CurrentActor() actor: Actor) {
    return this.nda.execute(actor, id, body.organizationId);
  }

  @ApiOperation({
    summary: 'Questions and answers',
    description: 'The buyer reads all; a supplier the answered ones and its own, never who asked the others.',
  })
  @ApiOkResponse({ type: RfqQuestionsDto })
  @Get(':id/questions')
  @ApiProblems(400, 401, 404)
  listQuestions(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.questions.execute(actor, id);
  }

  @ApiOperation({ summary: 'Ask the buyer a question (a supplier, while open)', description: STATE })
  @ApiCreatedResponse({ type: RfqQuestionDto })
  @Post(':id/questions')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT', 422: 'RFQ_INVALID' })
  askQuestion(@Id() id: string, @Body() body: AskQuestionDto, @CurrentActor() actor: Actor) {
    return this.ask.execute(actor, id, body);
  }

  @ApiOperation({
    summary: 'Answer a question (the buyer), for every supplier at once, without naming who asked',
    description: '409 RFQ_STATE_CONFLICT once answered',
  })
  @ApiOkResponse({ type: RfqQuestionDto })
  @HttpCode(200)
  @Post(':id/questions/:questionId/answer')
  @ApiProblems(400, 401, 403, {
    404: 'RFQ_NOT_FOUND, RFQ_QUESTION_NOT_FOUND',
    409: 'RFQ_STATE_CONFLICT',
    422: 'RFQ_INVALID',
  })
  answerQuestion(
    @Id() id: string,
    @Id('questionId') questionId: string,
    @Body() body: AnswerQuestionDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.answer.execute(actor, id, questionId, body);
  }

  @ApiOperation({
    summary: 'The quotes',
    description:
      'A supplier: its own, with their history, at any time. The buyer: 409 QUOTES_SEALED until the deadline ' +
      'or closing; then every quote side by side (price and total at the requested quantity, lead time, ' +
      'certifications, proximity, 专精特新 tier, ratings), cheapest first.',
  })
  @ApiOkResponse({ type: QuotesDto })
  @Get(':id/quotes')
  @ApiProblems(400, 401, 404, { 409: 'QUOTES_SEALED' })
  listQuotes(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.quotes.execute(actor, id);
  }

  @ApiOperation({
    summary: 'Quote (a supplier the RFQ is open to)',
    description:
      'One live quote per supplier: 409 QUOTE_EXISTS (revise it with PUT). 409 QUOTE_DEADLINE_PASSED, ' +
      'RFQ_STATE_CONFLICT (cancelled, closed …); 403 OWN_RFQ; 422 QUOTE_INVALID names every bad field.',
  })
  @ApiCreatedResponse({ type: QuoteDto })
  @Post(':id/quotes')
  @ApiProblems(400, 401, 403, 404, {
    409: 'QUOTE_EXISTS, QUOTE_DEADLINE_PASSED, RFQ_STATE_CONFLICT',
    422: 'QUOTE_INVALID',
  })
  submitQuote(@Id() id: string, @Body() body: SubmitQuoteDto, @CurrentActor() actor: Actor) {
    return this.submit.execute(actor, id, body);
  }

  @ApiOperation({
    summary: 'Revise your quote until the deadline (its history is kept)',
    description: '409 QUOTE_DEADLINE_PASSED, QUOTE_STATE_CONFLICT (withdrawn); 422 QUOTE_INVALID',
  })
  @ApiOkResponse({ type: QuoteDto })
  @Put(':id/quotes/:quoteId')
  @ApiProblems(400, 401, 403, {
    404: 'RFQ_NOT_FOUND, QUOTE_NOT_FOUND',
    409: 'QUOTE_DEADLINE_PASSED, QUOTE_STATE_CONFLICT, RFQ_STATE_CONFLICT',
    422: 'QUOTE_INVALID',
  })
  reviseQuote(
    @Id() id: string,
    @Id('quoteId') quoteId: string,
    @Body() body: QuoteBodyDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.revise.execute(actor, id, quoteId, body);
  }

  @ApiOperation({ summary: 'Withdraw your quote until the deadline', description: '409 QUOTE_DEADLINE_PASSED' })
  @ApiNoContentResponse()
  @HttpCode(204)
  @Delete(':id/quotes/:quoteId')
  @ApiProblems(400, 401, 403, {
    404: 'RFQ_NOT_FOUND, QUOTE_NOT_FOUND',
    409: 'QUOTE_DEADLINE_PASSED, QUOTE_STATE_CONFLICT, RFQ_STATE_CONFLICT',
  })
  async withdrawQuote(@Id() id: string, @Id('quoteId') quoteId: string, @CurrentActor() actor: Actor) {
    await this.withdraw.execute(actor, id, quoteId);
  }

  @ApiOperation({
    summary: 'Award the RFQ (the buyer, once closed) to one or several quotes, splitting the quantity',
    description:
      'Opens one `order` deal per awarded quote (GET /deals/:id); the other suppliers are told, with the reason. ' +
      '422 AWARD_INVALID: more than the quantity requested, a withdrawn quote, a quantity under its smallest ' +
      'price break. 409 RFQ_STATE_CONFLICT before closing or once awarded.',
  })
  @ApiCreatedResponse({ type: AwardResultDto })
  @Post(':id/award')
  @ApiProblems(400, 401, 403, 404, { 409: 'RFQ_STATE_CONFLICT', 422: 'AWARD_INVALID' })
  awardRfq(@Id() id: string, @Body() body: AwardRfqDto, @CurrentActor() actor: Actor) {
    return this.award.execute(actor, id, body);
  }
}
