import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  CreateParkUseCase,
  CurrentActor,
  DecideParkMembershipUseCase,
  ListParkMembershipsUseCase,
  ListParksUseCase,
  Public,
  RequestParkMembershipUseCase,
} from '@rongtong/identity';
import { CreateParkDto, JoinParkDto, ParkListQueryDto, ParkMembershipQueryDto, ReasonDto } from './identity.dto';

const Uuid = (name: string) => Param(name, new ParseUUIDPipe({ version: undefined }));

@ApiTags('parks')
@Controller('parks')
export class ParksController {
  constructor(
    private readonly createParkUseCase: CreateParkUseCase,
    private readonly parks: ListParksUseCase,
    private readonly requestMembership: RequestParkMembershipUseCase,
    private readonly decideMembership: DecideParkMembershipUseCase,
    private readonly listMemberships: ListParkMembershipsUseCase,
  ) {}

  @Post()
  createPark(@Body() body: CreateParkDto, @CurrentActor() actor: Actor) {
    return this.createParkUseCase.execute(actor, body);
  }

  @Public()
  @Get()
  listParks(@Query() query: ParkListQueryDto) {
    return this.parks.list(query.region);
  }

  @Public()
  @Get(':id')
  getPark(@Uuid('id') id: string) {
    return this.parks.get(id);
  }

  /** An enterprise asks to join; the park's operator decides. */
  @HttpCode(202)
  @Post(':id/memberships')
  joinPark(@Uuid('id') id: string, @Body() body: JoinParkDto, @CurrentActor() actor: Actor) {
    return this.requestMembership.execute(actor, id, body.organizationId);
  }

  @Get(':id/memberships')
  listParkMemberships(@Uuid('id') id: string, @Query() query: ParkMembershipQueryDto, @CurrentActor() actor: Actor) {
    return this.listMemberships.execute(actor, id, query.status);
  }

  @HttpCode(200)
  @Post(':id/memberships/:organizationId/approve')
  approveParkMembership(
    @Uuid('id') id: string,
    @Uuid('organizationId') organizationId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.decideMembership.execute(actor, id, organizationId, { action: 'approve' });
  }

  @HttpCode(200)
  @Post(':id/memberships/:organizationId/reject')
  rejectParkMembership(
    @Uuid('id') id: string,
    @Uuid('organizationId') organizationId: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.decideMembership.execute(actor, id, organizationId, { action: 'reject', reason: body.reason });
  }
}
