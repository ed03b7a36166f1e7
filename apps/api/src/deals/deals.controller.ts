import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
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
@ApiBearerAuth()
@Controller()
export class DealsController {
  constructor(
    private readonly createBooking: CreateBookingUseCase,
    private readonly getDeal: GetDealUseCase,
    private readonly listDeals: ListDealsUseCase,
    private readonly act: ActOnDealUseCase,
    private readonly offer: MakeOfferUseCase,
  ) {}

  @IdempotencyKeyHeader()
  @Post('bookings')
  book(
    @Body() body: CreateBookingDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.createBooking.execute(actor, body, readIdempotencyKey(key));
  }

  @Get('deals')
  list(@Query() query: ListDealsQueryDto, @CurrentActor() actor: Actor) {
    return this.listDeals.execute(actor, { ...query, page: query.page ?? 1, limit: query.limit ?? 20 });
  }

  @Get('deals/:id')
  get(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.getDeal.execute(actor, id);
  }

  @HttpCode(200)
  @Post('deals/:id/accept')
  accept(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'accept');
  }

  @HttpCode(200)
  @Post('deals/:id/decline')
  decline(@Id() id: string, @Body() body: DealReasonDto, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'decline', body.reason);
  }

  @HttpCode(200)
  @Post('deals/:id/cancel')
  cancel(@Id() id: string, @Body() body: DealReasonDto, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'cancel', body.reason);
  }

  @HttpCode(200)
  @Post('deals/:id/complete')
  complete(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.step(actor, id, 'complete');
  }

  @HttpCode(200)
  @Post('deals/:id/no-show')
  noShow(@Id() id: string, @CurrentActor() actor: Actor) {
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
  counter(@Id() id: string, @Body() body: Record<string, unknown>, @CurrentActor() actor: Actor) {
    return this.offer.execute(actor, id, body ?? {});
  }

  private step(actor: Actor, id: string, action: PartyAction, reason?: string) {
    return this.act.execute(actor, id, action, { reason });
  }
}
