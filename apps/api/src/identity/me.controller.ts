import { Body, Controller, Delete, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  type Actor,
  ChangeEmailUseCase,
  ChangePasswordUseCase,
  CurrentActor,
  GetMeUseCase,
  ListSessionsUseCase,
  RevokeOtherSessionsUseCase,
  RevokeSessionUseCase,
  UpdateMeUseCase,
} from '@rongtong/identity';
import { Id } from '../http/id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { ChangeEmailDto, ChangePasswordDto, EmailChangeDto, MeDto, SessionDto, UpdateMeDto } from './account.dto';

/** The signed-in user's own account: profile, password, email and devices. */
@ApiTags('auth')
@Controller('me')
export class MeController {
  constructor(
    private readonly getMeUseCase: GetMeUseCase,
    private readonly updateMeUseCase: UpdateMeUseCase,
    private readonly changePasswordUseCase: ChangePasswordUseCase,
    private readonly changeEmailUseCase: ChangeEmailUseCase,
    private readonly listSessionsUseCase: ListSessionsUseCase,
    private readonly revokeSession: RevokeSessionUseCase,
    private readonly revokeOthers: RevokeOtherSessionsUseCase,
  ) {}

  @ApiOperation({ summary: 'You: profile, language, whether your email is verified, memberships' })
  @ApiOkResponse({ type: MeDto })
  @Get()
  @ApiProblems(401, 403)
  getMe(@CurrentActor() actor: Actor) {
    return this.getMeUseCase.execute(actor);
  }

  @ApiOperation({
    summary: 'Change your display name or language (zh-CN, en)',
    description: 'The language is what emails and error texts are written in when the request does not say.',
  })
  @ApiOkResponse({ type: MeDto })
  @Patch()
  @ApiProblems(400, 401, 403)
  updateMe(@Body() body: UpdateMeDto, @CurrentActor() actor: Actor) {
    return this.updateMeUseCase.execute(actor, body);
  }

  @ApiOperation({
    summary: 'Change your password',
    description:
      'Proven by the current one (403 CURRENT_PASSWORD_INCORRECT; repeated failures slow down like sign-in, 429 ' +
      'LOGIN_THROTTLED); 422 PASSWORD_TOO_WEAK. Your other sessions are signed out, this one stays.',
  })
  @ApiNoContentResponse({ description: 'The password is changed' })
  @ApiProblems({ 403: 'CURRENT_PASSWORD_INCORRECT', 422: 'PASSWORD_TOO_WEAK', 429: 'LOGIN_THROTTLED, RATE_LIMITED' })
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @Post('password')
  async changePassword(@Body() body: ChangePasswordDto, @CurrentActor() actor: Actor): Promise<void> {
    await this.changePasswordUseCase.execute(actor, body);
  }

  @ApiOperation({
    summary: 'Change your email address',
    description:
      'Proven by the current password (403 CURRENT_PASSWORD_INCORRECT). A verification link goes to the new ' +
      'address; the account keeps the current one until it is followed (POST /auth/verify-email). 409 EMAIL_TAKEN, ' +
      'EMAIL_ALREADY_VERIFIED (the current address, already verified); 422 EMAIL_INVALID; 429 ACCOUNT_EMAILS_THROTTLED.',
  })
  @ApiAcceptedResponse({ type: EmailChangeDto })
  @ApiProblems({
    403: 'CURRENT_PASSWORD_INCORRECT',
    409: 'EMAIL_TAKEN, EMAIL_ALREADY_VERIFIED',
    422: 'EMAIL_INVALID',
    429: 'ACCOUNT_EMAILS_THROTTLED, LOGIN_THROTTLED, RATE_LIMITED',
  })
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @Post('email')
  changeEmail(@Body() body: ChangeEmailDto, @CurrentActor() actor: Actor) {
    return this.changeEmailUseCase.execute(actor, body);
  }

  @ApiOperation({ summary: 'Your signed-in devices (live sessions), most recently used first' })
  @ApiOkResponse({ type: [SessionDto] })
  @Get('sessions')
  @ApiProblems(401, 403)
  listSessions(@CurrentActor() actor: Actor) {
    return this.listSessionsUseCase.execute(actor);
  }

  @ApiOperation({
    summary: 'Sign every other device out',
    description: 'This session stays signed in.',
  })
  @ApiNoContentResponse({ description: 'The other sessions are revoked' })
  @HttpCode(204)
  @Delete('sessions')
  @ApiProblems(401, 403)
  async revokeOtherSessions(@CurrentActor() actor: Actor): Promise<void> {
    await this.revokeOthers.execute(actor);
  }

  @ApiOperation({
    summary: 'Sign one device out',
    description:
      'Its refresh and access tokens stop working at once. 404 SESSION_NOT_FOUND for any session not yours and live.',
  })
  @ApiNoContentResponse({ description: 'The session is revoked' })
  @ApiProblems({ 404: 'SESSION_NOT_FOUND' })
  @HttpCode(204)
  @Delete('sessions/:id')
  async revokeOneSession(@Id() id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.revokeSession.execute(actor, id);
  }
}
