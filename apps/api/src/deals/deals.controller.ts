import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
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
import { CreateBookingDto, DealReasonDto, ListDealsQueryDto } from './deals.dto';

const Id = () => Param('id', new ParseUUIDPipe({ version: undefined }));

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
  createBooking(
    @Body() body: CreateBookingDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.createBookingUseCase.execute(actor, body, readIdempotencyKey(key));
  }

  @Get('deals')
  listDeals(@Query() query: ListDealsQueryDto, @CurrentActor() actor: Actor) {
    return this.listDealsUseCase.execute(actor, { ...query, page: query.page ?? 1, limit: query.limit ?? 20 });
  }

  @Get('deals/:id')
  getDeal(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.getDealUseCase.execute(actor, id);
  }

  @HttpCode(200)
  @Post('deals/:id/accept')
  acceptDeal(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'accept');
  }

  @HttpCode(200)
  @Post('deals/:id/decline')
  declineDeal(@Id() id: string, @Body() body: DealReasonDto, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'decline', body.reason);
  }

  @HttpCode(200)
  @Post('deals/:id/cancel')
  cancelDeal(@Id() id: string, @Body() body: DealReasonDto, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'cancel', body.reason);
  }

  @HttpCode(200)
  @Post('deals/:id/complete')
  completeDeal(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'complete');
  }

  @HttpCode(200)
  @Post('deals/:id/no-show')
  reportNoShow(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'no_show');
  }

  @HttpCode(200)
  @Post('deals/:id/receive-samples')
  receiveSamples(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'receive_samples');
  }

  @ApiBody({
    description: 'A counter-offer: the terms that change (reservation: quantity, from, to; licence: fees, term …)',
    schema: { type: 'object' },
  })
  @Post('deals/:id/offers')
  counterOffer(@Id() id: string, @Body() body: Record<string, unknown>, @CurrentActor() actor: Actor) {
    return this.offer.execute(actor, id, body ?? {});
  }

  private step(actor: Actor, id: string, action: PartyAction, reason?: string) {
    return this.act.execute(actor, id, action, { reason });
  }
}
