import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@rongtong/platform';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { type Actor, AuthenticationRequiredError } from '../domain';
import { LoadActorUseCase } from '../use-cases/load-actor.use-case';
import type { AccessTokenClaims } from './token.service';
import { JWT_ALGORITHM } from './token.service';

/** Bearer access tokens: signature, algorithm, issuer, audience and expiry are all checked. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly loadActor: LoadActorUseCase,
  ) {
    const secretKey = createSecretKey(Buffer.from(config.jwt.secret, 'utf8'));
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object made once: given the string, jsonwebtoken would make one per request.
      // jsonwebtoken takes a KeyObject; passport-jwt's types predate that.
      secretOrKey: secretKey as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  async validate(claims: Partial<AccessTokenClaims>): Promise<Actor> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw new AuthenticationRequiredError();
    const actor = await this.loadActor.execute(claims.sub, claims.sid);
    if (!actor) throw new AuthenticationRequiredError('The session has ended: sign in again');
    return actor;
  }
}
