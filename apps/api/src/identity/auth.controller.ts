import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  type Actor,
  ClientDevice,
  CurrentActor,
  LocalAuthGuard,
  LogoutUseCase,
  Public,
  RefreshSessionUseCase,
  RefreshThrottlerGuard,
  RefreshTokenInvalidError,
  RegisterEnterpriseUseCase,
  RequestPasswordResetUseCase,
  ResendEmailVerificationUseCase,
  ResetPasswordUseCase,
  type SessionDevice,
  type TokenPair,
  VerifyEmailUseCase,
} from '@rongtong/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { AcceptedDto, PasswordResetConfirmDto, PasswordResetRequestDto, VerifyEmailDto } from './account.dto';
import { RegisteredDto, TokenPairDto } from './identity-responses.dto';
import { LoginDto, RefreshDto, RegisterDto } from './identity.dto';
import { REFRESH_COOKIE_HEADER, SessionCookie, WebClientHeader } from './session-cookie';

const ACCEPTED: AcceptedDto = { status: 'accepted' };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly registerUseCase: RegisterEnterpriseUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logoutUseCase: LogoutUseCase,
    private readonly requestReset: RequestPasswordResetUseCase,
    private readonly resetPassword: ResetPasswordUseCase,
    private readonly verifyEmailUseCase: VerifyEmailUseCase,
    private readonly resendVerification: ResendEmailVerificationUseCase,
    private readonly cookie: SessionCookie,
  ) {}

  /** An enterprise and its owner sign up; the organization starts unverified, the owner is emailed a link to verify the address. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Sign up an enterprise and its owner; signs in' })
  @WebClientHeader()
  @ApiCreatedResponse({ type: RegisteredDto, headers: REFRESH_COOKIE_HEADER })
  @ApiProblems(400, { 409: 'USCC_TAKEN, EMAIL_TAKEN', 422: 'USCC_INVALID, PASSWORD_TOO_WEAK' }, 429)
  @Post('register')
  async register(
    @Body() body: RegisterDto,
    @ClientDevice() device: SessionDevice,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.cookie.issue(request, reply, await this.registerUseCase.execute(body, { device }));
  }

  /** Email and password → access and refresh tokens. Unknown email and wrong password fail alike. */
  @Public()
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiProblems({ 403: 'ACCOUNT_SUSPENDED (only once the password is right)' })
  @ApiOperation({ summary: 'Sign in with email and password' })
  @WebClientHeader()
  @ApiOkResponse({ type: TokenPairDto, headers: REFRESH_COOKIE_HEADER })
  @ApiProblems(400, { 401: 'INVALID_CREDENTIALS' }, 429)
  @HttpCode(200)
  @Post('login')
  login(
    @CurrentActor() result: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { accessToken, refreshToken, expiresIn, tokenType } = result as TokenPair;
    return this.cookie.issue(request, reply, { accessToken, refreshToken, expiresIn, tokenType });
  }

  /**
   * Rotates the refresh token. A token used twice revokes its whole session. Limited per
   * address on its own budget (`REFRESH_RATE_LIMIT_PER_MINUTE`), not sign-in's: the web app
   * refreshes on every page load.
   */
  @Public()
  @UseGuards(RefreshThrottlerGuard)
  @ApiProblems({ 403: 'ACCOUNT_SUSPENDED' })
  @ApiOperation({ summary: 'Rotate the refresh token (from the body, else the cookie) for a new pair' })
  @WebClientHeader()
  @ApiBody({ type: RefreshDto, required: false })
  @ApiOkResponse({ type: TokenPairDto, headers: REFRESH_COOKIE_HEADER })
  @ApiProblems(400, { 401: 'REFRESH_TOKEN_INVALID (a spent token revokes its whole session)' }, 429)
  @HttpCode(200)
  @Post('refresh')
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const token = this.cookie.refreshToken(request, body?.refreshToken);
    try {
      if (!token) throw new RefreshTokenInvalidError('unknown');
      return this.cookie.issue(request, reply, await this.refreshSession.execute(token));
    } catch (error) {
      // A cookie that no longer opens a session is dropped rather than sent again and again,
      // and so is the hint that makes the web app try it on every page load.
      if (error instanceof RefreshTokenInvalidError) this.cookie.clear(request, reply);
      throw error;
    }
  }

  @ApiOperation({ summary: "Sign out: revoke this session's refresh tokens and clear the cookies" })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiProblems(401)
  @HttpCode(204)
  @Post('logout')
  async logout(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.logoutUseCase.execute(actor);
    this.cookie.clear(request, reply);
  }

  @ApiOperation({
    summary: 'Forgot password: email a reset link',
    description:
      'Always 202 with the same body, whether or not the address has an account (nothing to learn here). An ' +
      'active account is emailed `${PUBLIC_WEB_URL}/reset-password?token=…`, valid for an hour; at most 3 such ' +
      'emails an hour per account, further requests send nothing. Limited per client address too (429 RATE_LIMITED).',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems({ 429: 'RATE_LIMITED (per client address)' })
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @Post('password-reset')
  requestPasswordReset(@Body() body: PasswordResetRequestDto): AcceptedDto {
    this.requestReset.execute(body);
    return ACCEPTED;
  }

  @ApiOperation({
    summary: 'Set a new password with the token from the reset link',
    description:
      'The link works once, for an hour (a newer link supersedes it); every session of the account is signed ' +
      'out. 400 TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED; 422 PASSWORD_TOO_WEAK; 403 ACCOUNT_SUSPENDED.',
  })
  @ApiNoContentResponse({ description: 'The password is changed' })
  @ApiProblems({ 400: 'TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED', 403: 'ACCOUNT_SUSPENDED', 422: 'PASSWORD_TOO_WEAK' })
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @Post('password-reset/confirm')
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    await this.resetPassword.execute(body);
  }

  @ApiOperation({
    summary: 'Verify an email address with the token from the emailed link',
    description:
      'Proves the address the link was sent to: after sign-up, the account is verified; after a change of email, ' +
      'the new address replaces the old one. 400 TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED (links last 24 h, and a ' +
      'newer one supersedes them); 409 EMAIL_TAKEN when another account took the new address meanwhile.',
  })
  @ApiNoContentResponse({ description: 'The address is verified' })
  @ApiProblems({ 400: 'TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED', 409: 'EMAIL_TAKEN' })
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(204)
  @Post('verify-email')
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.verifyEmailUseCase.execute(body);
  }

  @ApiOperation({
    summary: 'Email a new verification link to your address',
    description:
      'Earlier links stop working. 409 EMAIL_ALREADY_VERIFIED; 429 ACCOUNT_EMAILS_THROTTLED after 5 links in an ' +
      'hour (retryAfterSeconds), or RATE_LIMITED per client address.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiProblems({ 409: 'EMAIL_ALREADY_VERIFIED', 429: 'ACCOUNT_EMAILS_THROTTLED, RATE_LIMITED' })
  @UseGuards(ThrottlerGuard)
  @HttpCode(202)
  @Post('verify-email/resend')
  async resendVerificationEmail(@CurrentActor() actor: Actor): Promise<AcceptedDto> {
    await this.resendVerification.execute(actor);
    return ACCEPTED;
  }
}
