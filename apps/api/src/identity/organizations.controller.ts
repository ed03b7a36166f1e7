import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  AcceptInvitationUseCase,
  type Actor,
  ClientDevice,
  CurrentActor,
  DecideVerificationUseCase,
  GetOrganizationUseCase,
  InviteMemberUseCase,
  ListOrganizationMembersUseCase,
  Public,
  type SessionDevice,
  UpdateOrganizationUseCase,
} from '@rongtong/identity';
import { AcceptInvitationDto, InviteDto, ReasonDto, UpdateOrganizationDto } from './identity.dto';

const Id = () => Param('id', new ParseUUIDPipe({ version: undefined }));

@ApiTags('organizations')
@ApiBearerAuth()
@Controller()
export class OrganizationsController {
  constructor(
    private readonly getOrganization: GetOrganizationUseCase,
    private readonly updateOrganization: UpdateOrganizationUseCase,
    private readonly listMembers: ListOrganizationMembersUseCase,
    private readonly invite: InviteMemberUseCase,
    private readonly acceptInvitation: AcceptInvitationUseCase,
    private readonly decideVerification: DecideVerificationUseCase,
  ) {}

  /** Public profile; members and moderators of its parks also see private fields. */
  @Public()
  @Get('organizations/:id')
  get(@Id() id: string, @CurrentActor() actor?: Actor) {
    return this.getOrganization.execute(id, actor);
  }

  @Patch('organizations/:id')
  update(@Id() id: string, @Body() body: UpdateOrganizationDto, @CurrentActor() actor: Actor) {
    return this.updateOrganization.execute(actor, id, body);
  }

  @Get('organizations/:id/members')
  members(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.listMembers.execute(actor, id);
  }

  /** Invite by email; the one-time token is returned to the inviter to pass on. */
  @Post('organizations/:id/invitations')
  createInvitation(@Id() id: string, @Body() body: InviteDto, @CurrentActor() actor: Actor) {
    return this.invite.execute(actor, id, body);
  }

  /** Redeem an invitation: creates the account, or adds the membership to an existing one. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @Post('invitations/accept')
  accept(@Body() body: AcceptInvitationDto, @ClientDevice() device: SessionDevice) {
    return this.acceptInvitation.execute(body, device);
  }

  @HttpCode(200)
  @Post('organizations/:id/verify')
  verify(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.decideVerification.execute(actor, id, { action: 'verify' });
  }

  @HttpCode(200)
  @Post('organizations/:id/reject-verification')
  rejectVerification(@Id() id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.decideVerification.execute(actor, id, { action: 'reject', reason: body.reason });
  }
}
