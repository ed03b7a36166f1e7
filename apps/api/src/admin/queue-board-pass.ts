import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Actor, AuthenticationRequiredError, ForbiddenError, LoadActorUseCase } from '@rongtong/identity';
import { AppConfig } from '@rongtong/platform';
// The plugin's types: request.cookies, reply.setCookie (registered in bootstrap.ts).
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Where the queue dashboard (bull-board) is mounted; the pass cookie is sent nowhere else. */
export const QUEUE_BOARD_PATH = '/api/v1/admin/queues';
export const QUEUE_BOARD_COOKIE = 'rongtong_queue_board';
/** Ten minutes: long enough to look around, short enough that a forgotten tab does not keep it. */
export const QUEUE_BOARD_PASS_SECONDS = 600;
const ALGORITHM = 'HS256';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PassClaims {
  sub?: unknown;
  sid?: unknown;
}

/**
 * The queue dashboard is opened by navigating the browser to it, which carries no bearer
 * token. A platform admin's app therefore asks for a pass first (an authenticated POST):
 * a short-lived JWT of its own audience naming the user and the session, in an httpOnly
 * cookie (SameSite=Strict, path limited to the dashboard, Secure under https). Every
 * request to the dashboard checks the pass's signature, audience and expiry, then loads
 * the session's actor as any API request does: a session signed out, a suspended user or
 * one no longer a platform admin is refused at once, whatever the pass's expiry says.
 */
@Injectable()
export class QueueBoardPass {
  private readonly jwt = new JwtService();

  constructor(
    private readonly config: AppConfig,
    private readonly loadActor: LoadActorUseCase,
  ) {}

  private get audience(): string {
    return `${this.config.jwt.audience}:queue-board`;
  }

  /** Sets the pass cookie for a platform admin (403 PLATFORM_ADMIN_REQUIRED for anyone else). */
  async issue(actor: Actor, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    assertPlatformAdmin(actor);
    const pass = await this.jwt.signAsync(
      { sub: actor.userId, sid: actor.sessionId },
      {
        secret: this.config.jwt.secret,
        algorithm: ALGORITHM,
        issuer: this.config.jwt.issuer,
        audience: this.audience,
        expiresIn: QUEUE_BOARD_PASS_SECONDS,
      },
    );
    void reply.setCookie(QUEUE_BOARD_COOKIE, pass, {
      httpOnly: true,
      sameSite: 'strict',
      path: QUEUE_BOARD_PATH,
      secure: this.config.isProduction || request.protocol === 'https',
      maxAge: QUEUE_BOARD_PASS_SECONDS,
    });
  }

  /** The platform admin a dashboard request comes from; throws 401 (no or bad pass) or 403. */
  async actorOf(request: FastifyRequest): Promise<Actor> {
    const pass = request.cookies?.[QUEUE_BOARD_COOKIE];
    if (!pass) throw new AuthenticationRequiredError();
    let claims: PassClaims;
    try {
      claims = await this.jwt.verifyAsync<PassClaims>(pass, {
        secret: this.config.jwt.secret,
        algorithms: [ALGORITHM],
        issuer: this.config.jwt.issuer,
        audience: this.audience,
      });
    } catch {
      throw new AuthenticationRequiredError();
    }
    const { sub, sid } = claims;
    if (typeof sub !== 'string' || !UUID.test(sub) || typeof sid !== 'string' || !UUID.test(sid)) {
      throw new AuthenticationRequiredError();
    }
    const actor = await this.loadActor.execute(sub, sid);
    if (!actor) throw new AuthenticationRequiredError('The session has ended: sign in again');
    assertPlatformAdmin(actor);
    return actor;
  }
}

function assertPlatformAdmin(actor: Actor): void {
  if (!actor.isPlatformAdmin) {
    throw new ForbiddenError('Only platform admins open the queue dashboard', 'PLATFORM_ADMIN_REQUIRED');
  }
}
