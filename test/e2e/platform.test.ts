import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { BODY_LIMIT_BYTES: '2048' } });
});

afterAll(async () => {
  await app?.close();
});

const inject: TestApp['api']['inject'] = ((options: never) => app.api.inject(options)) as never;

describe('platform', () => {
  it('is live and ready when PostgreSQL and Redis answer', async () => {
    expect((await inject({ method: 'GET', url: '/health/live' })).json()).toEqual({ status: 'ok' });
    const ready = await inject({ method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves an OpenAPI 3 document and the Swagger UI', async () => {
    const doc = await inject({ method: 'GET', url: '/api/docs-json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toMatch(/^3\./);
    expect(doc.json().info.title).toBe('Rongtong API');
    const ui = await inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('exports Prometheus metrics with request latency by route and queue depths', async () => {
    await inject({ method: 'GET', url: '/health/live' });
    const metrics = await inject({ method: 'GET', url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/health\/live",status_code="200"\} \d+/,
    );
    expect(metrics.body).toMatch(/queue_jobs\{queue="maintenance",state="waiting"\} \d+/);
  });

  it('sets security headers and echoes the request id', async () => {
    const response = await inject({ method: 'GET', url: '/health/live', headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toBe('trace-123');
  });

  describe('bad input gets problem+json with a stable code, never a 500', () => {
    it.each([
      ['an unknown route', { method: 'GET', url: '/api/v1/nowhere' }, 404, 'NOT_FOUND'],
      [
        'malformed JSON',
        { method: 'POST', url: '/api/v1/nowhere', headers: { 'content-type': 'application/json' }, payload: '{"a":' },
        400,
        'MALFORMED_JSON',
      ],
      [
        'an empty JSON body',
        { method: 'POST', url: '/api/v1/nowhere', headers: { 'content-type': 'application/json' }, payload: '' },
        400,
        'MALFORMED_JSON',
      ],
      [
        'a body over the limit',
        {
          method: 'POST',
          url: '/api/v1/nowhere',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ blob: 'x'.repeat(4096) }),
        },
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ] as const)('%s', async (_what, request, status, code) => {
      const response = await inject(request as never);
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json();
      expect(body).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String) });
      expect(body.type).toBe(`/problems/${code.toLowerCase().replace(/_/g, '-')}`);
      expect(body.correlationId).toBe(response.headers['x-request-id']);
    });
  });
});
