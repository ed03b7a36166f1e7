import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem, NetworkError } from './problem';
import type { paths } from './schema';
import { getAccessToken, setAccessToken } from './token';

const REFRESH_PATH = '/api/v1/auth/refresh';
// Where a 401 means "wrong credentials", not "session expired".
const NO_REFRESH = ['/api/v1/auth/'];

let language = 'zh-CN';
/** The UI language, sent as Accept-Language so problems come back in it. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

let sessionExpired: (() => void) | undefined;
/** What to do when a request is refused and the cookie cannot renew the session. */
export function onSessionExpired(handler: () => void): void {
  sessionExpired = handler;
}

let refreshing: Promise<boolean> | undefined;

/**
 * Trades the httpOnly refresh cookie for a new access token. Concurrent 401s share one
 * attempt, since the server rotates the cookie and a second use would end the session.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const response = await globalThis.fetch(new URL(REFRESH_PATH, globalThis.location?.origin), {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': language, 'X-Client': 'web' },
      });
      if (!response.ok) {
        setAccessToken(undefined);
        return false;
      }
      const body = (await response.json()) as { accessToken?: string };
      setAccessToken(body.accessToken);
      return Boolean(body.accessToken);
    } catch {
      return false;
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

function withToken(request: Request): Request {
  const token = getAccessToken();
  const headers = new Headers(request.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  else headers.delete('Authorization');
  headers.set('Accept-Language', language);
  // The web app's refresh token travels only in the httpOnly cookie, never in a body.
  headers.set('X-Client', 'web');
  return new Request(request, { headers });
}

async function fetchWithSession(input: Request): Promise<Response> {
  const retry = input.clone();
  let response: Response;
  try {
    response = await globalThis.fetch(withToken(input));
  } catch (error) {
    throw new NetworkError(error);
  }
  const path = new URL(input.url, globalThis.location?.origin).pathname;
  if (response.status !== 401 || NO_REFRESH.some((p) => path.startsWith(p))) return response;
  if (!(await refreshSession())) {
    sessionExpired?.();
    return response;
  }
  return globalThis.fetch(withToken(retry));
}

/** Turns every non-2xx answer into a thrown ApiProblem, so queries and mutations see one error type. */
const problems: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined;
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    throw ApiProblem.from(response.status, body);
  },
};

/** The only way the app talks to the server: typed by the API's OpenAPI document. */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'include',
  fetch: fetchWithSession,
});
api.use(problems);

/**
 * The body of a successful call, typed by the API's document for that operation (errors
 * were already thrown by the middleware): a stale type at the caller fails the typecheck.
 */
export async function data<D>(call: Promise<{ data?: D; response: Response }>): Promise<D> {
  const result = await call;
  return result.data as D;
}

/** The body of a successful call (errors were already thrown by the middleware). */
export async function body<T>(call: Promise<{ data?: unknown; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
