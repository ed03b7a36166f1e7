import type { FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';

/**
 * One line per finished request, in pino-http's shape (`req`, `res`, `responseTime`),
 * written from Fastify's `onResponse` hook rather than by pino-http as middleware: the
 * middleware layer and its per-request child logger cost more than the line. The request
 * id comes from the CLS context like every other line's. Health probes and metrics
 * scrapes are not logged; 4xx is `warn`, 5xx `error` — but a 503 (a dependency away, which
 * the dependency monitor announces once) is `info` like any answered request, so an outage
 * under traffic does not write a warning per request.
 */
export function requestLogHook() {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const url = request.url;
    if (!url.startsWith('/health') && url !== '/metrics') {
      const status = reply.statusCode;
      const level = status === 503 ? 'info' : status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      const logger = PinoLogger.root;
      if (logger?.isLevelEnabled(level)) {
        logger[level](
          {
            req: { id: request.id, method: request.method, url },
            // The raw response, as the configured `res` serializer (pino-http's) expects it.
            res: reply.raw,
            responseTime: Math.round(reply.elapsedTime * 10) / 10,
          },
          'request completed',
        );
      }
    }
    done();
  };
}

/**
 * A request the client gave up on before the answer (Fastify's `onRequestAbort`): no
 * response line will follow, so this is its line.
 */
export function requestAbortLogHook() {
  return (request: FastifyRequest, done: () => void): void => {
    PinoLogger.root?.info({ req: { id: request.id, method: request.method, url: request.url } }, 'request aborted');
    done();
  };
}
