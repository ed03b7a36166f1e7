import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { ListParkRfqsUseCase } from '@rongtong/sourcing';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ParkRfqsQueryDto, RfqPageDto } from './sourcing.dto';

/** The operator console's view of a park's RFQs, to find the ones to take down. */
@ApiTags('sourcing')
@Controller('parks')
export class ParkRfqsController {
  constructor(private readonly list: ListParkRfqsUseCase) {}

  @Get(':id/rfqs')
  @ApiOperation({
    summary:
      "A park's RFQs: those its enterprises posted while members, newest first, with their status and whether taken down (its operators, platform admins)",
  })
  @ApiOkResponse({ type: RfqPageDto })
  @ApiProblems(400, 401, { 404: 'PARK_NOT_FOUND (also for a park one does not operate)' })
  listParkRfqs(@Id() id: string, @Query() query: ParkRfqsQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, id, query);
  }
}
