import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '../test/render';
import { api, REFRESH_MAX_WAIT_MS, REFRESH_RETRIES, renewSession } from './client';
import { ApiProblem, NetworkError } from './problem';
import { getAccessToken, hasSessionHint, setAccessToken } from './token';

const busy = (retryAfter?: string) =>
  new Response(JSON.stringify({ status: 429, code: 'RATE_LIMITED', title: 'Too Many Requests' }), {
    status: 429,
    headers: { 'content-type': 'application/problem+json', ...(retryAfter ? { 'retry-after': retryAfter } : {}) },
  });
const refused = () => json(401, { status: 401, code: 'REFRESH_TOKEN_INVALID', title: 'Unauthorized' });

/** A fetch answering refresh from a script, one answer a call; counts the refresh calls. */
function refreshAnswers(...answers: Array<() => Response | Promise<Response>>) {
  const calls: number[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url).pathname === '/api/v1/auth/refresh') {
      calls.push(Date.now());
      const next = answers.shift();
      if (!next) throw new Error('refresh called more often than scripted');
      return next();
    }
    if (new URL(url).pathname === '/api/v1/me')
      return getAccessToken() === 'fresh' ? json(200, { id: 'u1' }) : json(401, { status: 401, title: 'Unauthorized' });
    return json(404, { status: 404, title: 'Not Found' });
  });
  vi.stubGlobal('fetch', fetch);
  return calls;
}

beforeEach(() => {
  vi.useFakeTimers();
  setAccessToken('kept');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  setAccessToken(undefined);
});

describe('renewSession: only a refusal signs out', () => {
  it('a 401 from refresh signs out: the access token and the session hint are dropped', async () => {
    refreshAnswers(refused);
    expect(hasSessionHint()).toBe(true);
    await expect(renewSession()).resolves.toEqual({ kind: 'signedOut' });
    expect(getAccessToken()).toBeUndefined();
    expect(hasSessionHint()).toBe(false);
  });

  it('a 429 keeps the session and retries after Retry-After, then succeeds', async () => {
    const calls = refreshAnswers(
      () => busy('2'),
      () => json(200, { accessToken: 'fresh' }),
    );
    const outcome = renewSession();
    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls).toHaveLength(1);
    expect(getAccessToken()).toBe('kept');
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toEqual({ kind: 'refreshed' });
    expect(calls).toHaveLength(2);
    expect(getAccessToken()).toBe('fresh');
    expect(hasSessionHint()).toBe(true);
  });

  it('waits at most REFRESH_MAX_WAIT_MS whatever Retry-After says, and gives up after REFRESH_RETRIES without signing out', async () => {
    const calls = refreshAnswers(...Array.from({ length: REFRESH_RETRIES + 1 }, () => () => busy('3600')));
    const outcome = renewSession();
    await vi.advanceTimersByTimeAsync(REFRESH_MAX_WAIT_MS * REFRESH_RETRIES);
    const result = await outcome;
    expect(calls).toHaveLength(REFRESH_RETRIES + 1);
    expect(calls[1] - calls[0]).toBe(REFRESH_MAX_WAIT_MS);
    expect(result.kind).toBe('unavailable');
    expect(result.kind === 'unavailable' && result.error).toBeInstanceOf(ApiProblem);
    expect(result.kind === 'unavailable' && (result.error as ApiProblem).code).toBe('RATE_LIMITED');
    expect(getAccessToken()).toBe('kept');
    expect(hasSessionHint()).toBe(true);
  });

  it('a network error or a 5xx is retried with backoff, not taken for "signed out"', async () => {
    const calls = refreshAnswers(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => json(503, { status: 503, code: 'DEPENDENCY_UNAVAILABLE', title: 'Service Unavailable' }),
      () => Promise.reject(new TypeError('Failed to fetch')),
    );
    const outcome = renewSession();
    await vi.advanceTimersByTimeAsync(60_000);
    const result = await outcome;
    expect(calls).toHaveLength(3);
    expect(result.kind === 'unavailable' && result.error).toBeInstanceOf(NetworkError);
    expect(getAccessToken()).toBe('kept');
  });

  it('callers at the same time share one refresh (the server rotates the cookie)', async () => {
    const calls = refreshAnswers(() => json(200, { accessToken: 'fresh' }));
    const [a, b] = await Promise.all([renewSession(), renewSession()]);
    expect([a, b]).toEqual([{ kind: 'refreshed' }, { kind: 'refreshed' }]);
    expect(calls).toHaveLength(1);
  });
});

describe('a request refused 401 while refresh is busy', () => {
  it('fails with the 429 problem and keeps the session, instead of signing out', async () => {
    refreshAnswers(...Array.from({ length: REFRESH_RETRIES + 1 }, () => () => busy('1')));
    const request = api.GET('/api/v1/me');
    const settled = request.then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(REFRESH_RETRIES * 1_000);
    const error = await settled;
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(429);
    expect(getAccessToken()).toBe('kept');
  });

  it('is sent again once a retried refresh succeeds', async () => {
    refreshAnswers(
      () => busy('1'),
      () => json(200, { accessToken: 'fresh' }),
    );
    const request = api.GET('/api/v1/me');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(request).resolves.toMatchObject({ data: { id: 'u1' } });
  });
});
