import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
@Controller()
export class OrganizationsController {
  constructor(
    private readonly getOrganizationUseCase: GetOrganizationUseCase,
    private readonly updateOrganizationUseCase: UpdateOrganizationUseCase,
    private readonly listMembersUseCase: ListOrganizationMembersUseCase,
    private readonly invite: InviteMemberUseCase,
    private readonly acceptInvitationUseCase: AcceptInvitationUseCase,
    private readonly decideVerification: DecideVerificationUseCase,
  ) {}

  /** Public profile; members and moderators of its parks also see private fields. */
  @Public()
  @Get('organizations/:id')
  getOrganization(@Id() id: string, @CurrentActor() actor?: Actor) {
    return this.getOrganizationUseCase.execute(id, actor);
  }

  @Patch('organizations/:id')
  updateOrganization(@Id() id: string, @Body() body: UpdateOrganizationDto, @CurrentActor() actor: Actor) {
    return this.updateOrganizationUseCase.execute(actor, id, body);
  }

  @Get('organizations/:id/members')
  listMembers(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.listMembersUseCase.execute(actor, id);
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
  acceptInvitation(@Body() body: AcceptInvitationDto, @ClientDevice() device: SessionDevice) {
    return this.acceptInvitationUseCase.execute(body, device);
  }

  @HttpCode(200)
  @Post('organizations/:id/verify')
  verifyOrganization(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.decideVerification.execute(actor, id, { action: 'verify' });
  }

  @HttpCode(200)
  @Post('organizations/:id/reject-verification')
  rejectVerification(@Id() id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.decideVerification.execute(actor, id, { action: 'reject', reason: body.reason });
  }
}
