import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ActOnDealUseCase,
  CreateBookingUseCase,
  GetDealUseCase,
  ListDealsUseCase,
  MakeOfferUseCase,
  type PartyAction,
  readIdempotencyKey,
} from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { CounterOfferDto } from './counter-offer.dto';
import { CreateBookingDto, DealReasonDto, ListDealsQueryDto } from './deals.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DealDto, DealPageDto } from './deal-responses.dto';

export const IdempotencyKeyHeader = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retrying with the same key returns the same deal, never a second one',
  });

@ApiTags('deals')
@Controller()
export class DealsController {
  constructor(
    private readonly createBookingUseCase: CreateBookingUseCase,
    private readonly getDealUseCase: GetDealUseCase,
    private readonly listDealsUseCase: ListDealsUseCase,
    private readonly act: ActOnDealUseCase,
    private readonly offer: MakeOfferUseCase,
  ) {}

  @IdempotencyKeyHeader()
  @Post('bookings')
  @ApiOperation({ summary: 'Book equipment time, or send samples for testing' })
  @ApiCreatedResponse({ type: DealDto })
  @ApiProblems(400, 401, 403, 404, {
    409: 'SLOT_TAKEN',
    422: 'SLOT_UNAVAILABLE, QUALIFICATION_REQUIRED, IDEMPOTENCY_KEY_REUSED',
  })
  createBooking(
    @Body() body: CreateBookingDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.createBookingUseCase.execute(actor, body, readIdempotencyKey(key));
  }

  @Get('deals')
  @ApiOperation({ summary: "The caller's deals of every kind, as requester or provider" })
  @ApiOkResponse({ type: DealPageDto })
  @ApiProblems(400, 401)
  listDeals(@Query() query: ListDealsQueryDto, @CurrentActor() actor: Actor) {
    return this.listDealsUseCase.execute(actor, { ...query, page: query.page ?? 1, limit: query.limit ?? 20 });
  }

  @Get('deals/:id')
  @ApiOperation({ summary: 'One deal with its offers, trail and the actions the caller may take now' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404)
  getDeal(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.getDealUseCase.execute(actor, id);
  }

  @HttpCode(200)
  @Post('deals/:id/accept')
  @ApiOperation({ summary: 'Accept the deal (the party whose turn it is)' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 403, 404, {
    409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT, SLOT_TAKEN, CAPACITY_EXCEEDED, LICENCE_CONFLICT',
  })
  acceptDeal(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'accept');
  }

  @HttpCode(200)
  @Post('deals/:id/decline')
  @ApiOperation({ summary: 'Decline the deal, optionally saying why' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' })
  declineDeal(@Id() id: string, @Body() body: DealReasonDto, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'decline', body.reason);
  }

  @HttpCode(200)
  @Post('deals/:id/cancel')
  @ApiOperation({ summary: 'Cancel the deal (late cancellations are marked)' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_STATE_CONFLICT' })
  cancelDeal(@Id() id: string, @Body() body: DealReasonDto, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'cancel', body.reason);
  }

  @HttpCode(200)
  @Post('deals/:id/complete')
  @ApiOperation({ summary: 'Mark the deal completed' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' })
  completeDeal(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'complete');
  }

  @HttpCode(200)
  @Post('deals/:id/no-show')
  @ApiOperation({ summary: 'Record that the requester did not come (provider, after the slot)' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' })
  reportNoShow(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'no_show');
  }

  @HttpCode(200)
  @Post('deals/:id/receive-samples')
  @ApiOperation({ summary: 'Confirm the samples arrived (provider, sample testing)' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' })
  receiveSamples(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'receive_samples');
  }

  @HttpCode(200)
  @Post('deals/:id/start-production')
  @ApiOperation({ summary: 'Start producing an order (the supplier, once confirmed)' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' })
  startProduction(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'start_production');
  }

  @HttpCode(200)
  @Post('deals/:id/ship')
  @ApiOperation({ summary: 'Mark an order shipped (the supplier, in production)' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' })
  shipOrder(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'ship');
  }

  @HttpCode(200)
  @Post('deals/:id/receive')
  @ApiOperation({ summary: 'Confirm an order arrived (the buyer, once shipped); then complete it' })
  @ApiOkResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' })
  receiveOrder(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'receive');
  }

  @ApiBody({
    description: 'A counter-offer: the terms that change (reservation: quantity, from, to; licence: fees, term …)',
    type: CounterOfferDto,
  })
  @Post('deals/:id/offers')
  @ApiOperation({ summary: 'Make a counter-offer (reservations and licence requests)' })
  @ApiCreatedResponse({ type: DealDto })
  @ApiProblems(400, 401, 404, { 409: 'DEAL_OUT_OF_TURN, DEAL_STATE_CONFLICT' }, 422)
  counterOffer(@Id() id: string, @Body() body: CounterOfferDto, @CurrentActor() actor: Actor) {
    return this.offer.execute(actor, id, { ...body });
  }

  private step(actor: Actor, id: string, action: PartyAction, reason?: string) {
    return this.act.execute(actor, id, action, { reason });
  }
}
