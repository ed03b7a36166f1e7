import createClient, { type Middleware } from 'openapi-fetch';
import { ApiProblem, NetworkError } from './problem';
import type { paths } from './schema';
import { clearSessionHint, getAccessToken, setAccessToken } from './token';

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

/** How a refresh ended: a new access token, a refusal (signed out), or no answer worth trusting. */
export type RefreshOutcome =
  | { kind: 'refreshed' }
  | { kind: 'signedOut' }
  /** 429, 5xx or a network error, still so after the retries: the session is kept. */
  | { kind: 'unavailable'; error: ApiProblem | NetworkError };

/** Retries of a refresh the server could not serve (429, 5xx, no answer), each waiting Retry-After (capped). */
export const REFRESH_RETRIES = 2;
export const REFRESH_MAX_WAIT_MS = 10_000;
const REFRESH_DEFAULT_WAIT_MS = 1_000;

/** Not a verdict on the session: the server was busy or away. */
function isTransient(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function waitBeforeRetry(response: Response | undefined, attempt: number): number {
  const header = response?.headers.get('Retry-After');
  const seconds = header === null || header === undefined ? Number.NaN : Number(header);
  const wait = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : REFRESH_DEFAULT_WAIT_MS * 2 ** attempt;
  return Math.min(wait, REFRESH_MAX_WAIT_MS);
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => undefined);
  return ApiProblem.from(response.status, body);
}

let refreshing: Promise<RefreshOutcome> | undefined;

/**
 * Trades the httpOnly refresh cookie for a new access token. Concurrent callers share one
 * attempt, since the server rotates the cookie and a second use would end the session.
 * Only a refusal (401, or another 4xx) signs out; a 429, 5xx or network error keeps the
 * session as it is and is tried again after Retry-After, a bounded number of times.
 */
export function renewSession(): Promise<RefreshOutcome> {
  refreshing ??= (async (): Promise<RefreshOutcome> => {
    try {
      for (let attempt = 0; ; attempt++) {
        let response: Response | undefined;
        let failure: unknown;
        try {
          response = await globalThis.fetch(new URL(REFRESH_PATH, globalThis.location?.origin), {
            method: 'POST',
            credentials: 'include',
            headers: { 'Accept-Language': language, 'X-Client': 'web' },
          });
        } catch (cause) {
          failure = cause;
        }
        if (response?.ok) {
          const body = (await response.json().catch(() => ({}))) as { accessToken?: string };
          setAccessToken(body.accessToken);
          return body.accessToken ? { kind: 'refreshed' } : { kind: 'signedOut' };
        }
        if (response && !isTransient(response.status)) {
          setAccessToken(undefined);
          clearSessionHint();
          return { kind: 'signedOut' };
        }
        const error = response ? await problemOf(response) : new NetworkError(failure);
        if (attempt >= REFRESH_RETRIES) return { kind: 'unavailable', error };
        await new Promise((resolve) => setTimeout(resolve, waitBeforeRetry(response, attempt)));
      }
    } finally {
      refreshing = undefined;
    }
  })();
  return refreshing;
}

/** `renewSession`, as "is there a fresh access token now". */
export async function refreshSession(): Promise<boolean> {
  return (await renewSession()).kind === 'refreshed';
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
  const outcome = await renewSession();
  if (outcome.kind === 'signedOut') {
    sessionExpired?.();
    return response;
  }
  // The server could not renew the session just now: the request fails as such (429, 503,
  // no network), not as "signed out", and the session stays.
  if (outcome.kind === 'unavailable') {
    if (outcome.error instanceof NetworkError) throw outcome.error;
    return problemResponse(outcome.error);
  }
  return globalThis.fetch(withToken(retry));
}

function problemResponse(problem: ApiProblem): Response {
  return new Response(JSON.stringify(problem.body), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json' },
  });
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
