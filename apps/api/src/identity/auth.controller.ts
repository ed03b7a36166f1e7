import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import {
  type Actor,
  CurrentActor,
  LocalAuthGuard,
  LogoutUseCase,
  Public,
  RefreshSessionUseCase,
  RegisterEnterpriseUseCase,
  type TokenPair,
} from '@rongtong/identity';
import { LoginDto, RefreshDto, RegisterDto } from './identity.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly register: RegisterEnterpriseUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly logoutUseCase: LogoutUseCase,
  ) {}

  /** An enterprise and its owner sign up; the organization starts unverified. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('register')
  signUp(@Body() body: RegisterDto) {
    return this.register.execute(body);
  }

  /** Email and password → access and refresh tokens. Unknown email and wrong password fail alike. */
  @Public()
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @HttpCode(200)
  @Post('login')
  login(@CurrentActor() result: unknown): TokenPair {
    const { accessToken, refreshToken, expiresIn, tokenType } = result as TokenPair;
    return { accessToken, refreshToken, expiresIn, tokenType };
  }

  /** Rotates the refresh token. A token used twice revokes its whole session. */
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @Post('refresh')
  refresh(@Body() body: RefreshDto) {
    return this.refreshSession.execute(body.refreshToken);
  }

  @ApiBearerAuth()
  @HttpCode(204)
  @Post('logout')
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.logoutUseCase.execute(actor);
  }
}
