import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import type { Locale } from '@rongtong/kernel';
import { ExpressInterestUseCase, ListMatchedDemandsUseCase } from '@rongtong/matching';
import { RequestLocale } from '@rongtong/platform';
import { Id } from '../http/id-param.decorator';
import { MatchedDemandsQueryDto } from './demands.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { MatchedDemandDto, MatchedDemandPageDto } from './demand-responses.dto';

/** The provider's side: demands matched to its listings, and saying it is interested. */
@ApiTags('matching')
@Controller()
export class MatchedDemandsController {
  constructor(
    private readonly list: ListMatchedDemandsUseCase,
    private readonly interest: ExpressInterestUseCase,
  ) {}

  @ApiOperation({
    summary: "Demands matched to your enterprises' listings",
    description:
      'Only demands the SME lets providers see; each with the match (score, reasons, your interest) and the ' +
      "demand as providers see it (the SME's name, no budget). Demands still wanted unless includeClosed=true.",
  })
  @Get('matched-demands')
  @ApiOkResponse({ type: MatchedDemandPageDto })
  @ApiProblems(400, 401)
  listMatchedDemands(
    @Query() query: MatchedDemandsQueryDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ) {
    return this.list.execute(actor, { ...query, page: query.page ?? 1, limit: query.limit ?? 20 }, locale);
  }

  @ApiOperation({
    summary: 'Tell the SME you are interested in its demand',
    description:
      'Members of the matched provider only; recorded once (asking again changes nothing); the SME is notified. ' +
      '404 MATCH_NOT_FOUND for others and for demands only the matcher sees; 409 DEMAND_STATE_CONFLICT once the ' +
      'demand is no longer wanted.',
  })
  @HttpCode(200)
  @Post('matches/:matchId/interest')
  @ApiOkResponse({ type: MatchedDemandDto })
  @ApiProblems(400, 401, { 404: 'MATCH_NOT_FOUND', 409: 'DEMAND_STATE_CONFLICT' })
  expressInterest(@Id('matchId') matchId: string, @CurrentActor() actor: Actor, @RequestLocale() locale: Locale) {
    return this.interest.execute(actor, matchId, locale);
  }
}
