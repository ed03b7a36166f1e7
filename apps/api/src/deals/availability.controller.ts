import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetAvailabilityUseCase } from '@rongtong/deals';
import { type Actor, CurrentActor, Public } from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { AvailabilityDto, AvailabilityQueryDto } from './availability.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';

@ApiTags('deals')
@Controller()
export class AvailabilityController {
  constructor(private readonly availability: GetAvailabilityUseCase) {}

  @ApiOperation({
    summary: 'Free and busy time of an equipment listing',
    description:
      'For a listing the caller can see (404 otherwise); 422 LISTING_NOT_BOOKABLE for a listing without ' +
      'bookable time, AVAILABILITY_WINDOW_INVALID / AVAILABILITY_WINDOW_TOO_LONG for a bad window.',
  })
  @ApiOkResponse({ type: AvailabilityDto })
  @Public()
  @Get('listings/:id/availability')
  @ApiProblems(400, 401, 404, 422)
  getAvailability(@Id() id: string, @Query() query: AvailabilityQueryDto, @CurrentActor() actor?: Actor) {
    return this.availability.execute(actor, id, query);
  }
}
