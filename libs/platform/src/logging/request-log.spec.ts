import { Writable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import pinoHttp from 'pino-http';
import { requestAbortLogHook, requestLogHook } from './request-log';

describe('requestLogHook', () => {
  const lines: Array<Record<string, unknown>> = [];
  const root = PinoLogger.root;

  beforeAll(() => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    // The root logger as nestjs-pino builds it: pino-http's, whose `res` serializer wraps ours.
    (PinoLogger as { root: unknown }).root = pinoHttp(
      {
        level: 'info',
        serializers: {
          req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
      },
      sink,
    ).logger;
  });
  afterAll(() => {
    (PinoLogger as { root: unknown }).root = root;
  });
  beforeEach(() => lines.splice(0));

  function finish(url: string, statusCode: number): void {
    const request = { id: 'req-1', method: 'GET', url } as FastifyRequest;
    // The raw response as it is when Fastify calls onResponse: sent.
    const reply = {
      statusCode,
      elapsedTime: 12.345,
      raw: { statusCode, headersSent: true },
    } as unknown as FastifyReply;
    const done = jest.fn();
    requestLogHook()(request, reply, done);
    expect(done).toHaveBeenCalledTimes(1);
  }

  it('writes a 503 (a dependency away) at info, not one error per request', () => {
    finish('/api/v1/listings', 503);
    expect(lines).toEqual([expect.objectContaining({ level: 30, res: { statusCode: 503 } })]);
  });

  it('writes one line per request in pino-http shape, its level by status', () => {
    finish('/api/v1/search/listings?q=cnc', 200);
    finish('/api/v1/nope', 404);
    finish('/api/v1/boom', 500);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        req: { id: 'req-1', method: 'GET', url: '/api/v1/search/listings?q=cnc' },
        res: { statusCode: 200 },
        responseTime: 12.3,
      }),
      expect.objectContaining({ level: 40, res: { statusCode: 404 } }),
      expect.objectContaining({ level: 50, res: { statusCode: 500 } }),
    ]);
  });

  it('writes a line for a request the client gave up on', () => {
    const done = jest.fn();
    requestAbortLogHook()({ id: 'req-2', method: 'GET', url: '/api/v1/search/listings' } as never, done);
    expect(done).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request aborted',
        req: { id: 'req-2', method: 'GET', url: '/api/v1/search/listings' },
      }),
    ]);
  });

  it('leaves out health probes and metrics scrapes', () => {
    finish('/health/live', 200);
    finish('/health/ready', 503);
    finish('/metrics', 200);
    expect(lines).toEqual([]);
  });
});
