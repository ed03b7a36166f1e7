import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListDealMessagesUseCase, PostDealMessageUseCase } from '@rongtong/deals';
import { type Actor, CurrentActor } from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { ListDealMessagesQueryDto, PostDealMessageDto } from './deal-messages.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DealMessageDto, DealMessagePageDto } from './deal-responses.dto';

@ApiTags('deals')
@Controller('deals/:id/messages')
export class DealMessagesController {
  constructor(
    private readonly post: PostDealMessageUseCase,
    private readonly list: ListDealMessagesUseCase,
  ) {}

  @ApiOperation({ summary: "Write in the deal's thread (parties, any state, closed deals too)" })
  @Post()
  @ApiCreatedResponse({ type: DealMessageDto })
  @ApiProblems(400, 401, 404, 422)
  postMessage(@Id() id: string, @Body() body: PostDealMessageDto, @CurrentActor() actor: Actor) {
    return this.post.execute(actor, id, body);
  }

  @ApiOperation({
    summary: 'The thread, a page at a time from the newest back',
    description:
      '`items` are the latest `limit` messages (or those before the message `before`), oldest → newest. ' +
      "`hasMore` says whether older ones remain: pass the first item's id as `before` to fetch them.",
  })
  @Get()
  @ApiOkResponse({ type: DealMessagePageDto })
  @ApiProblems(400, 401, 404)
  listMessages(@Id() id: string, @Query() query: ListDealMessagesQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, id, { before: query.before, limit: query.limit ?? 50 });
  }
}
