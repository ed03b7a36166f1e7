import { Body, Controller, Get, Headers, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateReservationUseCase, GetListingCapacityUseCase, readIdempotencyKey } from '@rongtong/deals';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { IdempotencyKeyHeader } from './deals.controller';
import { CapacityQueryDto, CreateReservationDto, ListingCapacityDto } from './reservations.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DealDto } from './deal-responses.dto';

@ApiTags('deals')
@Controller()
export class ReservationsController {
  constructor(
    private readonly reserve: CreateReservationUseCase,
    private readonly capacity: GetListingCapacityUseCase,
  ) {}

  @ApiOperation({
    summary: 'Reserve capacity: a quantity out of each week or month of a window',
    description:
      'Holds the quantity in EACH period the window [from, to] touches until the provider accepts (committed), ' +
      'declines, counters (the hold follows the counter-offer) or the request lapses after 48 h. Then follow it ' +
      'through /deals/:id. 422 DEAL_INVALID (fields), PERIOD_NOT_OFFERED (periods), LISTING_* (the listing); ' +
      '409 CAPACITY_EXCEEDED with each short period and its remaining quantity.',
  })
  @ApiCreatedResponse({
    type: DealDto,
    description: 'The reservation, state requested, with its periods and first offer',
  })
  @IdempotencyKeyHeader()
  @Post('reservations')
  @ApiProblems(400, 401, 403, 404, {
    409: 'CAPACITY_EXCEEDED',
    422: 'DEAL_INVALID, PERIOD_NOT_OFFERED, IDEMPOTENCY_KEY_REUSED',
  })
  createReservation(
    @Body() body: CreateReservationDto,
    @Headers('idempotency-key') key: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.reserve.execute(actor, body, readIdempotencyKey(key));
  }

  @ApiOperation({
    summary: 'Capacity of a capacity listing per week or month: offered and remaining',
    description: 'For whoever may see the listing (404 otherwise); 422 LISTING_KIND_MISMATCH, DEAL_INVALID (window).',
  })
  @ApiOkResponse({ type: ListingCapacityDto })
  @Public()
  @Get('listings/:id/capacity')
  @ApiProblems(400, 401, 404, 422)
  getCapacity(@Id() id: string, @Query() query: CapacityQueryDto, @CurrentActor() actor?: Actor) {
    return this.capacity.execute(actor, id, query);
  }
}
