import { Injectable } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { AppConfig } from '@rongtong/platform';
// The plugin's types: request.cookies, reply.setCookie (registered in bootstrap.ts).
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const REFRESH_COOKIE = 'rongtong_refresh';
/** The only paths the browser sends the cookie to: refresh and logout. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';
/**
 * Not a secret: says only "this browser has a session", so the web app tries the refresh
 * cookie on a page load only when there is one (it cannot read the httpOnly cookie). Set
 * and cleared with the refresh cookie, readable by scripts on every path of the site.
 */
export const SESSION_HINT_COOKIE = 'rongtong_session';
/** Sent by the web app: the refresh token then travels only in the cookie, never in a body a script reads. */
export const WEB_CLIENT_HEADER = 'x-client';

/**
 * The browser's half of a session: the refresh token in an httpOnly cookie (SameSite=
 * Strict, limited to /api/v1/auth, Secure under https and in production), so no script
 * can read it and no other site can send it. The access token stays in the JSON body and
 * in the app's memory. API clients keep the refresh token in the body as before; the web
 * app says `X-Client: web` and gets it only as the cookie.
 */
@Injectable()
export class SessionCookie {
  constructor(private readonly config: AppConfig) {}

  /** Sets the cookie of a session just issued and returns the body the caller sees. */
  issue<T extends { refreshToken: string }>(
    request: FastifyRequest,
    reply: FastifyReply,
    session: T,
  ): T | Omit<T, 'refreshToken'> {
    void reply.setCookie(REFRESH_COOKIE, session.refreshToken, {
      ...this.attributes(request),
      maxAge: this.config.jwt.refreshTtlDays * 86_400,
    });
    void reply.setCookie(SESSION_HINT_COOKIE, '1', {
      ...this.hintAttributes(request),
      maxAge: this.config.jwt.refreshTtlDays * 86_400,
    });
    if (!isWebClient(request)) return session;
    const { refreshToken: _inCookie, ...body } = session;
    return body;
  }

  clear(request: FastifyRequest, reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, this.attributes(request));
    void reply.clearCookie(SESSION_HINT_COOKIE, this.hintAttributes(request));
  }

  /**
   * The refresh token of a request: the body's, else the cookie's. The cookie counts only
   * on a JSON request (or one without a body), the third wall against cross-site requests
   * beside SameSite=Strict and the path.
   */
  refreshToken(request: FastifyRequest, fromBody: string | undefined): string | undefined {
    if (fromBody) return fromBody;
    const type = request.headers['content-type'];
    if (type !== undefined && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) return undefined;
    return request.cookies[REFRESH_COOKIE];
  }

  private attributes(request: FastifyRequest) {
    return {
      httpOnly: true,
      sameSite: 'strict' as const,
      path: REFRESH_COOKIE_PATH,
      secure: this.config.isProduction || request.protocol === 'https',
    };
  }

  /** The refresh cookie's, but readable by the app's scripts on every page. */
  private hintAttributes(request: FastifyRequest) {
    return { ...this.attributes(request), httpOnly: false, path: '/' };
  }
}

function isWebClient(request: FastifyRequest): boolean {
  return String(request.headers[WEB_CLIENT_HEADER] ?? '').toLowerCase() === 'web';
}

/** The `Set-Cookie` a route that opens a session answers with, for the API docs. */
export const REFRESH_COOKIE_HEADER = {
  'Set-Cookie': {
    description:
      `${REFRESH_COOKIE}=…; HttpOnly; SameSite=Strict; Path=${REFRESH_COOKIE_PATH} (and Secure under https), ` +
      `and the non-secret hint ${SESSION_HINT_COOKIE}=1; SameSite=Strict; Path=/ (readable by the web app)`,
    schema: { type: 'string' },
  },
};

export const WebClientHeader = () =>
  ApiHeader({
    name: 'X-Client',
    required: false,
    description: '`web`: the refresh token is answered only as the httpOnly cookie, not in the body',
  });
