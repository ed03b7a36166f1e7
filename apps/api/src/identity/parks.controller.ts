import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  CreateParkUseCase,
  CurrentActor,
  DecideParkMembershipUseCase,
  ListParkMembershipsUseCase,
  ListParksUseCase,
  ListParkVerificationsUseCase,
  Public,
  RequestParkMembershipUseCase,
} from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import {
  CreateParkDto,
  JoinParkDto,
  ParkListQueryDto,
  ParkMembershipQueryDto,
  ReasonDto,
  VerificationQueueQueryDto,
} from './identity.dto';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CreatedParkDto, ParkDto, ParkMembershipDto, VerificationPageDto } from './identity-responses.dto';

@ApiTags('parks')
@Controller('parks')
export class ParksController {
  constructor(
    private readonly createParkUseCase: CreateParkUseCase,
    private readonly parks: ListParksUseCase,
    private readonly requestMembership: RequestParkMembershipUseCase,
    private readonly decideMembership: DecideParkMembershipUseCase,
    private readonly listMemberships: ListParkMembershipsUseCase,
    private readonly listVerifications: ListParkVerificationsUseCase,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a park with its operator organization (platform admins)' })
  @ApiCreatedResponse({ type: CreatedParkDto })
  @ApiProblems(400, 401, { 403: 'PLATFORM_ADMIN_REQUIRED' }, 409, 422)
  createPark(@Body() body: CreateParkDto, @CurrentActor() actor: Actor) {
    return this.createParkUseCase.execute(actor, body);
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Parks, optionally within a region' })
  @ApiOkResponse({ type: [ParkDto] })
  @ApiProblems(400, 401)
  listParks(@Query() query: ParkListQueryDto) {
    return this.parks.list(query.region);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: 'One park' })
  @ApiOkResponse({ type: ParkDto })
  @ApiProblems(400, 401, 404)
  getPark(@Id() id: string) {
    return this.parks.get(id);
  }

  /** An enterprise asks to join; the park's operator decides. */
  @HttpCode(202)
  @Post(':id/memberships')
  @ApiOperation({ summary: 'Ask for an enterprise to join a park (its owners and admins); pending until decided' })
  @ApiAcceptedResponse({ type: ParkMembershipDto })
  @ApiProblems(400, 401, 403, 404, 409)
  joinPark(@Id() id: string, @Body() body: JoinParkDto, @CurrentActor() actor: Actor) {
    return this.requestMembership.execute(actor, id, body.organizationId);
  }

  @Get(':id/memberships')
  @ApiOperation({ summary: "A park's membership requests and members (its operators)" })
  @ApiOkResponse({ type: [ParkMembershipDto] })
  @ApiProblems(400, 401, 403, 404)
  listParkMemberships(@Id() id: string, @Query() query: ParkMembershipQueryDto, @CurrentActor() actor: Actor) {
    return this.listMemberships.execute(actor, id, query.status);
  }

  @Get(':id/verifications')
  @ApiOperation({
    summary:
      "A park's verification queue: its enterprises with their credit code read, size class and how it was derived, and the 专精特新 badge claimed (its operators, platform admins)",
  })
  @ApiOkResponse({ type: VerificationPageDto })
  @ApiProblems(400, 401, { 404: 'PARK_NOT_FOUND (also for a park one does not operate)' })
  listParkVerifications(@Id() id: string, @Query() query: VerificationQueueQueryDto, @CurrentActor() actor: Actor) {
    return this.listVerifications.execute(actor, id, query);
  }

  @HttpCode(200)
  @Post(':id/memberships/:organizationId/approve')
  @ApiOperation({ summary: 'Approve a membership request (the park operator)' })
  @ApiOkResponse({ type: ParkMembershipDto })
  @ApiProblems(400, 401, 403, 404, 409)
  approveParkMembership(@Id() id: string, @Id('organizationId') organizationId: string, @CurrentActor() actor: Actor) {
    return this.decideMembership.execute(actor, id, organizationId, { action: 'approve' });
  }

  @HttpCode(200)
  @Post(':id/memberships/:organizationId/reject')
  @ApiOperation({ summary: 'Reject a membership request with a reason (the park operator)' })
  @ApiOkResponse({ type: ParkMembershipDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  rejectParkMembership(
    @Id() id: string,
    @Id('organizationId') organizationId: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.decideMembership.execute(actor, id, organizationId, { action: 'reject', reason: body.reason });
  }
}
