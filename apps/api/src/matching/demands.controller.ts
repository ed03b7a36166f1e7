import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import type { Locale } from '@rongtong/kernel';
import {
  AcceptMatchUseCase,
  ChangeDemandStatusUseCase,
  CreateDemandUseCase,
  DemandValidationError,
  DismissMatchUseCase,
  GetDemandUseCase,
  ListDemandMatchesUseCase,
  ListDemandsUseCase,
  UpdateDemandUseCase,
} from '@rongtong/matching';
import { RequestLocale } from '@rongtong/platform';
import { Id } from '../http/id-param.decorator';
import { expectedVersion, IfMatchVersion } from '../http/if-match';
import {
  CreateDemandDto,
  DemandDto,
  DemandMatchDto,
  DemandMatchesDto,
  DemandMatchesQueryDto,
  DemandReasonDto,
  DismissMatchDto,
  ListDemandsQueryDto,
  UpdateDemandDto,
} from './demands.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { AcceptedMatchDto, DemandDetailDto, DemandPageDto } from './demand-responses.dto';

/** The SME's side: its demands and their matches. Someone else's demand (or its matches) → 404. */
@ApiTags('matching')
@Controller()
export class DemandsController {
  constructor(
    private readonly create: CreateDemandUseCase,
    private readonly update: UpdateDemandUseCase,
    private readonly status: ChangeDemandStatusUseCase,
    private readonly get: GetDemandUseCase,
    private readonly list: ListDemandsUseCase,
    private readonly matches: ListDemandMatchesUseCase,
    private readonly dismiss: DismissMatchUseCase,
    private readonly accept: AcceptMatchUseCase,
  ) {}

  @ApiOperation({
    summary: 'Post a demand: what your enterprise needs',
    description:
      'Enterprise members; matching runs in the background (GET /demands/:id/matches). 422 DEMAND_INVALID names ' +
      'every bad field; 403 ENTERPRISE_MEMBER_REQUIRED for callers acting for no enterprise (or several, without ' +
      'organizationId).',
  })
  @ApiCreatedResponse({ type: DemandDto })
  @Post('demands')
  @ApiProblems(400, 401, 403, { 422: 'DEMAND_INVALID' })
  createDemand(@Body() body: CreateDemandDto, @CurrentActor() actor: Actor) {
    return this.create.execute(actor, body);
  }

  @ApiOperation({ summary: "Your enterprises' demands, newest first" })
  @Get('demands')
  @ApiOkResponse({ type: DemandPageDto })
  @ApiProblems(400, 401)
  listDemands(@Query() query: ListDemandsQueryDto, @CurrentActor() actor: Actor) {
    return this.list.execute(actor, { ...query, page: query.page ?? 1, limit: query.limit ?? 20 });
  }

  @ApiOperation({
    summary: 'One demand',
    description:
      'Whole for its owner (yourSide owner); for a provider matched to it, when the SME lets providers see it, ' +
      'without budget (yourSide provider, with your matches); 404 for anyone else.',
  })
  @Get('demands/:id')
  @ApiOkResponse({ type: DemandDetailDto })
  @ApiProblems(400, 401, { 404: 'DEMAND_NOT_FOUND' })
  getDemand(@Id() id: string, @CurrentActor() actor: Actor, @RequestLocale() locale: Locale) {
    return this.get.execute(actor, id, locale);
  }

  @ApiOperation({
    summary: 'Edit a demand still wanted (open or matched); matching runs again',
    description:
      'Sent fields replace the current ones (details whole); null clears an optional one. ' +
      '409 DEMAND_VERSION_CONFLICT, DEMAND_STATE_CONFLICT; 422 DEMAND_INVALID.',
  })
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version edited, e.g. "3"' })
  @ApiOkResponse({ type: DemandDto })
  @Patch('demands/:id')
  @ApiProblems(400, 401, 404, { 409: 'VERSION_CONFLICT, DEMAND_STATE_CONFLICT', 422: 'DEMAND_INVALID' })
  updateDemand(
    @Id() id: string,
    @Body() body: UpdateDemandDto,
    @IfMatchVersion() ifMatch: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const { version, ...patch } = body;
    return this.update.execute(
      actor,
      id,
      expectedVersion(ifMatch, version, (violations) => new DemandValidationError(violations)),
      patch,
    );
  }

  @ApiOperation({ summary: 'Close a demand you no longer need', description: '409 DEMAND_STATE_CONFLICT when final' })
  @ApiOkResponse({ type: DemandDto })
  @HttpCode(200)
  @Post('demands/:id/close')
  @ApiProblems(400, 401, 404, { 409: 'DEMAND_STATE_CONFLICT' })
  closeDemand(@Id() id: string, @Body() body: DemandReasonDto, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'close', body.reason);
  }

  @ApiOperation({ summary: 'Mark a demand fulfilled', description: '409 DEMAND_STATE_CONFLICT when final' })
  @ApiOkResponse({ type: DemandDto })
  @HttpCode(200)
  @Post('demands/:id/fulfil')
  @ApiProblems(400, 401, 404, { 409: 'DEMAND_STATE_CONFLICT' })
  fulfilDemand(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.status.execute(actor, id, 'fulfil');
  }

  @ApiOperation({
    summary: "A demand's matches, best first, with the reasons for each score",
    description:
      'The owner only. Dismissed matches are hidden unless includeDismissed=true. Reasons are worded in ' +
      "Accept-Language's language, else the user's, else zh-CN.",
  })
  @ApiOkResponse({ type: DemandMatchesDto })
  @Get('demands/:id/matches')
  @ApiProblems(400, 401, 404)
  listMatches(
    @Id() id: string,
    @Query() query: DemandMatchesQueryDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ) {
    return this.matches.execute(actor, id, { includeDismissed: query.includeDismissed }, locale);
  }

  @ApiOperation({
    summary: 'Dismiss a match, with a reason',
    description:
      'Hidden from then on and never proposed again. 422 REASON_REQUIRED; 409 MATCH_STATE_CONFLICT if accepted.',
  })
  @ApiOkResponse({ type: DemandMatchDto })
  @HttpCode(200)
  @Post('demands/:id/matches/:matchId/dismiss')
  @ApiProblems(400, 401, 404, { 409: 'MATCH_STATE_CONFLICT' }, 422)
  dismissMatch(
    @Id() id: string,
    @Id('matchId') matchId: string,
    @Body() body: DismissMatchDto,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ) {
    return this.dismiss.execute(actor, id, matchId, body.reason, locale);
  }

  @ApiOperation({
    summary: 'Accept a match: opens a deal prefilled from the demand',
    description:
      'capacity → a reservation (quantity, window); ip → a licence request (type, territory, field, term; the ' +
      'budget as upfront fee); equipment → a booking (sample testing, or the first free slot of the hours inside ' +
      'the window). A retry returns the same deal. 409 NO_FREE_SLOT, MATCH_STATE_CONFLICT (dismissed), ' +
      "DEMAND_STATE_CONFLICT, and the deals' own errors (CAPACITY_EXCEEDED, SLOT_TAKEN, LICENCE_CONFLICT, " +
      'DEAL_INVALID …).',
  })
  @ApiCreatedResponse({ type: AcceptedMatchDto })
  @Post('demands/:id/matches/:matchId/accept')
  @ApiProblems(
    400,
    401,
    403,
    404,
    { 409: 'NO_FREE_SLOT, MATCH_STATE_CONFLICT, DEMAND_STATE_CONFLICT, SLOT_TAKEN, CAPACITY_EXCEEDED' },
    422,
  )
  acceptMatch(
    @Id() id: string,
    @Id('matchId') matchId: string,
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
  ) {
    return this.accept.execute(actor, id, matchId, locale);
  }
}
