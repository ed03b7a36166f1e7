import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  AcceptInvitationUseCase,
  type Actor,
  ChangeMembershipUseCase,
  ClientDevice,
  CurrentActor,
  DecideBadgeUseCase,
  DecideVerificationUseCase,
  GetOrganizationUseCase,
  InviteMemberUseCase,
  ListInvitationsUseCase,
  ListOrganizationMembersUseCase,
  Public,
  RevokeInvitationUseCase,
  type SessionDevice,
  UpdateOrganizationUseCase,
} from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import {
  AcceptInvitationDto,
  ChangeMemberRoleDto,
  InvitationListQueryDto,
  InviteDto,
  ReasonDto,
  UpdateOrganizationDto,
} from './identity.dto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../openapi/api-problems.decorator';
import {
  AcceptedInvitationDto,
  CreatedInvitationDto,
  InvitationPageDto,
  MemberDto,
  OrganizationDto,
} from './identity-responses.dto';
import { REFRESH_COOKIE_HEADER, SessionCookie, WebClientHeader } from './session-cookie';

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
    private readonly decideBadge: DecideBadgeUseCase,
    private readonly cookie: SessionCookie,
    private readonly listInvitationsUseCase: ListInvitationsUseCase,
    private readonly revokeInvitationUseCase: RevokeInvitationUseCase,
    private readonly changeMembership: ChangeMembershipUseCase,
  ) {}

  /** Public profile; members and moderators of its parks also see private fields. */
  @Public()
  @Get('organizations/:id')
  @ApiOperation({ summary: "An organization's profile (private fields for its members and moderators)" })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 401, 404)
  getOrganization(@Id() id: string, @CurrentActor() actor?: Actor) {
    return this.getOrganizationUseCase.execute(id, actor);
  }

  @Patch('organizations/:id')
  @ApiOperation({ summary: "Edit the organization's profile (owners and admins)" })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 401, 403, 404, { 409: 'VERSION_CONFLICT' }, 422)
  updateOrganization(@Id() id: string, @Body() body: UpdateOrganizationDto, @CurrentActor() actor: Actor) {
    return this.updateOrganizationUseCase.execute(actor, id, body);
  }

  @Get('organizations/:id/members')
  @ApiOperation({ summary: "The organization's members and their roles (members)" })
  @ApiOkResponse({ type: [MemberDto] })
  @ApiProblems(400, 401, 404)
  listMembers(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.listMembersUseCase.execute(actor, id);
  }

  @Patch('organizations/:id/members/:userId')
  @ApiOperation({ summary: "Change a member's role (owners and admins; never above one's own, never the last owner)" })
  @ApiOkResponse({ type: MemberDto })
  @ApiProblems(
    400,
    401,
    { 403: 'ADMIN_REQUIRED, OWNER_REQUIRED (an owner is changed by an owner), ROLE_ABOVE_OWN' },
    { 404: 'MEMBER_NOT_FOUND' },
    { 409: 'LAST_OWNER' },
    422,
  )
  changeMemberRole(
    @Id() id: string,
    @Id('userId') userId: string,
    @Body() body: ChangeMemberRoleDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.changeMembership.execute(actor, id, userId, { action: 'change_role', role: body.role });
  }

  @HttpCode(204)
  @Delete('organizations/:id/members/:userId')
  @ApiOperation({ summary: 'Remove a member (owners and admins; never the last owner)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblems(
    400,
    401,
    { 403: 'ADMIN_REQUIRED, OWNER_REQUIRED (an owner is removed by an owner)' },
    { 404: 'MEMBER_NOT_FOUND' },
    { 409: 'LAST_OWNER' },
  )
  async removeMember(@Id() id: string, @Id('userId') userId: string, @CurrentActor() actor: Actor) {
    await this.changeMembership.execute(actor, id, userId, { action: 'remove' });
  }

  @Get('organizations/:id/invitations')
  @ApiOperation({
    summary: "The organization's invitations: pending, accepted, expired or revoked (owners and admins)",
  })
  @ApiOkResponse({ type: InvitationPageDto })
  @ApiProblems(400, 401, { 403: 'ADMIN_REQUIRED' }, 404)
  listInvitations(@Id() id: string, @Query() query: InvitationListQueryDto, @CurrentActor() actor: Actor) {
    return this.listInvitationsUseCase.execute(actor, id, query);
  }

  @HttpCode(204)
  @Delete('organizations/:id/invitations/:invitationId')
  @ApiOperation({ summary: 'Revoke a pending invitation: its token stops working at once (owners and admins)' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(
    400,
    401,
    { 403: 'ADMIN_REQUIRED, OWNER_REQUIRED (an owner’s invitation)' },
    { 404: 'INVITATION_NOT_FOUND' },
    { 409: 'INVITATION_NOT_PENDING' },
  )
  async revokeInvitation(@Id() id: string, @Id('invitationId') invitationId: string, @CurrentActor() actor: Actor) {
    await this.revokeInvitationUseCase.execute(actor, id, invitationId);
  }

  /** Invite by email; the one-time token is returned to the inviter to pass on. */
  @Post('organizations/:id/invitations')
  @ApiOperation({ summary: 'Invite someone by email (owners and admins); the accept link is emailed' })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  @ApiProblems(400, 401, { 403: 'EMAIL_NOT_VERIFIED' }, 404, 409, 422)
  createInvitation(@Id() id: string, @Body() body: InviteDto, @CurrentActor() actor: Actor) {
    return this.invite.execute(actor, id, body);
  }

  /** Redeem an invitation: creates the account, or adds the membership to an existing one. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @Post('invitations/accept')
  @ApiOperation({ summary: 'Accept an invitation: a new account, or a membership for an existing one; signs in' })
  @WebClientHeader()
  @ApiOkResponse({ type: AcceptedInvitationDto, headers: REFRESH_COOKIE_HEADER })
  @ApiProblems(400, { 401: 'INVITATION_INVALID, wrong password of an existing account' }, 404, 409, 422, 429)
  async acceptInvitation(
    @Body() body: AcceptInvitationDto,
    @ClientDevice() device: SessionDevice,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.cookie.issue(request, reply, await this.acceptInvitationUseCase.execute(body, device));
  }

  @HttpCode(200)
  @Post('organizations/:id/verify')
  @ApiOperation({ summary: 'Verify an enterprise (its park operators, platform admins)' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 401, 403, 404, 409)
  verifyOrganization(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.decideVerification.execute(actor, id, { action: 'verify' });
  }

  @HttpCode(200)
  @Post('organizations/:id/reject-verification')
  @ApiOperation({ summary: "Reject an enterprise's verification with a reason" })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  rejectVerification(@Id() id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.decideVerification.execute(actor, id, { action: 'reject', reason: body.reason });
  }

  @HttpCode(200)
  @Post('organizations/:id/badge/verify')
  @ApiOperation({ summary: 'Verify the 专精特新 badge an enterprise claimed (its park operators, platform admins)' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 401, 404, { 409: 'BADGE_NOT_PENDING' })
  verifyBadge(@Id() id: string, @CurrentActor() actor: Actor) {
    return this.decideBadge.execute(actor, id, { action: 'verify' });
  }

  @HttpCode(200)
  @Post('organizations/:id/badge/reject')
  @ApiOperation({ summary: 'Reject the 专精特新 badge an enterprise claimed, with a reason' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiProblems(400, 401, 404, { 409: 'BADGE_NOT_PENDING' }, 422)
  rejectBadge(@Id() id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.decideBadge.execute(actor, id, { action: 'reject', reason: body.reason });
  }
}
