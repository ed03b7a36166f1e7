import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { LoginUseCase } from '../use-cases/login.use-case';
import { clientDevice } from './client-device';
import type { TokenPair } from './token.service';

/** Email and password from the JSON body; the "user" it yields is the new session's tokens. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly login: LoginUseCase) {
    super({ usernameField: 'email', passwordField: 'password', session: false, passReqToCallback: true });
  }

  validate(
    request: Parameters<typeof clientDevice>[0],
    email: string,
    password: string,
  ): Promise<TokenPair & { userId: string }> {
    return this.login.execute({ email, password }, clientDevice(request));
  }
}
