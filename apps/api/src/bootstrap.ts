import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import { type INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import {
  type AppConfig,
  createValidationPipe,
  privateAnswersNotStored,
  ProblemDetailsFilter,
  registerJsonBodyParsing,
  requestContextHook,
  requestIdFor,
  requestAbortLogHook,
  requestLogHook,
} from '@rongtong/platform';
import helmet from 'helmet';
import { ClsService } from 'nestjs-cls';
import { Logger } from 'nestjs-pino';
import { mountQueueBoard } from './admin/queue-board';
import { AppModule } from './app.module';
import { MetricsService } from './metrics/metrics.service';
import { buildOpenApiDocument } from './openapi/openapi-document';
import { serveWebApp } from './web/web-app';

export const API_PREFIX = 'api/v1';

export interface ApiRoute {
  method: string;
  path: string;
}

const ROUTES = new WeakMap<object, ApiRoute[]>();

/** Every route the app registered (after `init`), for the authorization matrix's completeness check. */
export function registeredRoutes(app: NestFastifyApplication): ApiRoute[] {
  return [...(ROUTES.get(app) ?? [])];
}

/** Routes live under /api/v1, except the probes and metrics that infrastructure calls by fixed paths. */
export function setApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
    ],
  });
}

/**
 * The Content-Security-Policy: nothing from other origins, no inline script, styles
 * inline (Ant Design's CSS-in-JS), images also from data: and blob: URLs (previews of
 * uploads). Over plain http in development, requests are not upgraded to https.
 */
function contentSecurityPolicy(config: AppConfig, swaggerUi: boolean) {
  return {
    defaultSrc: [`'self'`],
    scriptSrc: swaggerUi ? [`'self'`, `'unsafe-inline'`] : [`'self'`],
    styleSrc: [`'self'`, `'unsafe-inline'`],
    imgSrc: [`'self'`, 'data:', 'blob:'],
    fontSrc: [`'self'`, 'data:'],
    connectSrc: [`'self'`],
    objectSrc: [`'none'`],
    baseUri: [`'self'`],
    formAction: [`'self'`],
    frameAncestors: [`'none'`],
    upgradeInsecureRequests: config.isProduction ? [] : null,
  };
}

/** TRUST_PROXY as Fastify takes it: a hop count becomes "the nearest n hops". */
function trustedProxies(trust: AppConfig['http']['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** Builds the HTTP app (not yet listening); `main.ts` and the e2e tests share it. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    genReqId: requestIdFor,
    // Nobody's X-Forwarded-For is believed unless TRUST_PROXY names the proxies: otherwise
    // a client would choose its own address, and with it the key of every rate limit.
    trustProxy: trustedProxies(config.http.trustProxy),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    // Bodies are parsed by registerJsonBodyParsing below (JSON only: no form encoding).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  // First of all hooks: everything after it (logging, handlers, outbox writes) sees the request id.
  fastify.addHook('onRequest', requestContextHook(app.get(ClsService)));
  // A JSON API: other content types are refused with 415 (multipart only where uploads
  // are), and hostile JSON (too deep, NUL, lone surrogates) is refused where it enters.
  registerJsonBodyParsing(fastify, config.http.bodyLimitBytes);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    privateAnswersNotStored(request, reply);
    done(null, payload);
  });
  const routes: ApiRoute[] = [];
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, path: route.url });
    }
  });
  ROUTES.set(app, routes);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: reply.statusCode },
      reply.elapsedTime / 1000,
    );
    done();
  });
  fastify.addHook('onResponse', requestLogHook());
  fastify.addHook('onRequestAbort', requestAbortLogHook());

  // Security headers, built once (the Fastify plugin rebuilds helmet for every request).
  // The web app runs no inline script (script-src 'self'); Ant Design writes its styles
  // inline. Swagger UI alone needs inline scripts, so /api/docs has a policy of its own.
  const appHeaders = helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy(config, false) } });
  const docsHeaders = helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy(config, true) } });
  fastify.addHook('onRequest', (request, reply, done) => {
    const headers = request.url.startsWith('/api/docs') ? docsHeaders : appHeaders;
    headers(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
  // The browser's refresh token arrives as a cookie (apps/api/src/identity/session-cookie.ts).
  await app.register(cookie);
  // Uploads are streamed by the routes that take them, outside the JSON body limit. The
  // file ceiling is one byte over UPLOAD_MAX_BYTES so that an oversized file reaches the
  // route, which refuses it by name; one file and a few fields per request (8 KiB each: a
  // credit code dispute's statement of 2000 characters; a longer value is refused, not cut).
  await app.register(multipart, {
    limits: { fileSize: config.uploads.maxBytes + 1, files: 1, fields: 10, fieldSize: 8192, parts: 12 },
  });
  // Cross-origin browsers are served only from the configured origins; with none, no
  // CORS headers at all (and no per-request work for them).
  if (config.http.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.http.corsOrigins,
      credentials: false,
      exposedHeaders: ['x-request-id', 'etag', 'location'],
    });
  }

  setApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  // Nest hands this filter every error, Fastify's own included (body parsing, limits).
  app.useGlobalFilters(new ProblemDetailsFilter());

  // The queue dashboard (bull-board), behind a platform admin's pass cookie (admin/queue-board.ts).
  await mountQueueBoard(app);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveWebApp(app, config);

  return app;
}
