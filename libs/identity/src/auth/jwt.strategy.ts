import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@rongtong/platform';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { type Actor, AuthenticationRequiredError } from '../domain';
import { LoadActorUseCase } from '../use-cases/load-actor.use-case';
import type { AccessTokenClaims } from './token.service';
import { JWT_ALGORITHM } from './token.service';

const fromBearer = ExtractJwt.fromAuthHeaderAsBearerToken();
const VERIFIED_KEPT = 10_000;
/** Clock difference allowed between the signer's `iat` and `exp` beyond the access TTL. */
const LIFETIME_SKEW_SECONDS = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Claims = Partial<AccessTokenClaims> & { exp?: number; iat?: number };

/**
 * Bearer access tokens: signature, algorithm, issuer, audience and expiry are all checked;
 * a token must carry `exp` and `iat`, live no longer than the access TTL (plus a minute of
 * skew), and name its user and session by UUID, or it is refused (401) before any lookup.
 *
 * A token that passed those checks is remembered (by its exact text) until it expires, so
 * the many requests of one session do not verify the same signature again and again;
 * any other text, a forgery included, is verified in full. Whether the session behind it
 * is still live is decided for every request by `LoadActorUseCase`.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly verified = new Map<string, Claims>();

  constructor(
    private readonly config: AppConfig,
    private readonly loadActor: LoadActorUseCase,
  ) {
    const secretKey = createSecretKey(Buffer.from(config.jwt.secret, 'utf8'));
    super({
      jwtFromRequest: fromBearer,
      // A key object made once: given the string, jsonwebtoken would make one per request.
      // jsonwebtoken takes a KeyObject; passport-jwt's types predate that.
      secretOrKey: secretKey as unknown as Buffer,
      algorithms: [JWT_ALGORITHM],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
      passReqToCallback: true,
    });
  }

  override authenticate(request: Parameters<Strategy['authenticate']>[0], options?: object): void {
    const token = fromBearer(request);
    const claims = token ? this.verified.get(token) : undefined;
    if (!token || !claims) return super.authenticate(request, options);
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) {
      this.verified.delete(token);
      return super.authenticate(request, options);
    }
    this.actorFor(claims).then(
      (actor) => this.success(actor),
      (error: unknown) => this.error(error as Error),
    );
  }

  /** Called by passport-jwt once the token's checks passed. */
  async validate(request: Parameters<Strategy['authenticate']>[0], claims: Claims): Promise<Actor> {
    if (
      typeof claims.exp !== 'number' ||
      typeof claims.iat !== 'number' ||
      claims.exp - claims.iat > this.config.jwt.accessTtlSeconds + LIFETIME_SKEW_SECONDS
    ) {
      throw new AuthenticationRequiredError('The access token must expire, within the access token lifetime');
    }
    const token = fromBearer(request);
    if (token) {
      if (this.verified.size >= VERIFIED_KEPT) this.verified.clear();
      this.verified.set(token, claims);
    }
    return this.actorFor(claims);
  }

  private async actorFor(claims: Claims): Promise<Actor> {
    if (
      typeof claims.sub !== 'string' ||
      !UUID.test(claims.sub) ||
      typeof claims.sid !== 'string' ||
      !UUID.test(claims.sid)
    ) {
      throw new AuthenticationRequiredError();
    }
    const actor = await this.loadActor.execute(claims.sub, claims.sid);
    if (!actor) throw new AuthenticationRequiredError('The session has ended: sign in again');
    return actor;
  }
}
