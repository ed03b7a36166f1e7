import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { CLS_ID, ClsModule, type ClsService, ClsServiceManager } from 'nestjs-cls';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the caller's `X-Request-Id` when it is sane, else a fresh UUID. Fastify
 * calls this once per request; pino, the CLS context and problem bodies all reuse it.
 */
export function requestIdFor(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate && REQUEST_ID.test(candidate) ? candidate : randomUUID();
}

/**
 * The first Fastify `onRequest` hook of the API: the rest of the request runs in a CLS
 * context holding its id, which log lines and outbox events written for it carry.
 */
export function requestContextHook(cls: ClsService) {
  return (request: { id: string }, _reply: unknown, done: () => void): void => {
    cls.run(() => {
      cls.set(CLS_ID, request.id);
      done();
    });
  };
}

/**
 * Structured logs with pino: JSON in production, pretty in development. Every line
 * carries the current request id (HTTP request or job), read from the CLS context.
 */
@Module({
  imports: [
    ClsModule.forRoot({
      global: true,
      // Entered by `requestContextHook` (HTTP) and the job handler (worker), not by a
      // middleware: Express-style middleware on Fastify costs a third of a millisecond a request.
      middleware: { mount: false },
    }),
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // No pino-http middleware on any route: the API writes its request lines from a
        // Fastify hook (`requestLogHook`). The options below configure the root logger.
        forRoutes: [],
        pinoHttp: {
          level: config.log.level,
          transport: config.log.pretty
            ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } }
            : undefined,
          genReqId: (req) => (req as { id?: string }).id ?? requestIdFor(req),
          mixin: () => {
            const cls = ClsServiceManager.getClsService();
            return cls.isActive() && cls.getId() ? { requestId: cls.getId() } : {};
          },
          // A request line says who asked for what and how it went; headers stay out of logs.
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req) => req.url?.startsWith('/health') === true || req.url === '/metrics' },
          customLogLevel: (_req, res, error) =>
            error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
        },
      }),
    }),
  ],
})
export class LoggingModule {}
