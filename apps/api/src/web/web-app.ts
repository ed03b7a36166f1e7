import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DomainError } from '@rongtong/kernel';
import { GetListingUseCase, ListAttachmentsUseCase } from '@rongtong/listings';
import { readSearchParams, SearchService } from '@rongtong/search';
import type { AppConfig } from '@rongtong/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  homePaint,
  listingPaint,
  type ListingPaint,
  paintLanguage,
  type PaintLanguage,
  searchPaint,
  withFirstPaint,
} from './first-paint';
import { type PageMeta, summary, withPageMeta } from './page-meta';
import { LISTING_PANELS, type Manifest, routePreloads, stylesFirst, withPreloads } from './route-preloads';

/** Paths the app never answers with its HTML: a wrong address there stays a problem+json 404. */
const NOT_THE_APP = /^\/(?:api|health|metrics)(?:\/|$|\?)/;
/** A last segment with an extension names a file; a missing one is a 404, not the app. */
const NAMES_A_FILE = /\/[^/?]+\.[a-z0-9]+(?:\?|$)/i;
const HASHED_ASSETS = 'public, max-age=31536000, immutable';

/** The web app's routes, for the authorization matrix to leave aside (they serve files alike to everyone). */
export const WEB_APP_ROUTES = ['GET /', 'GET /*', 'GET /assets/*', 'GET /listings/:id'];

/**
 * Serves the built web app (Vite's output in `config.web.dir`) from this origin: hashed
 * files under /assets/ cached for a year, index.html never without asking again, the
 * app's HTML for every other GET (its client routes) except under /api, /health and
 * /metrics. /listings/:id carries the listing's title, description and Open Graph tags
 * in that HTML. Without a build (API tests, an API-only deployment) these answer 404.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root = config.web.dir;
  const fastify = app.getHttpAdapter().getInstance();
  if (existsSync(root)) {
    await app.register(fastifyStatic, { root, serve: false });
  } else {
    new Logger('WebApp').log(`No web app build at ${root}: / answers 404 (npm run build:web builds it)`);
  }
  const getListing = app.get(GetListingUseCase);
  const attachments = app.get(ListAttachmentsUseCase);
  const search = app.get(SearchService);

  let cachedIndex: string | undefined;
  const indexHtml = async (): Promise<string | undefined> => {
    if (cachedIndex === undefined)
      cachedIndex = await readFile(path.join(root, 'index.html'), 'utf8').then(stylesFirst, () => undefined);
    return cachedIndex;
  };

  let cachedManifest: Manifest | undefined;
  const manifest = async (): Promise<Manifest> => {
    cachedManifest ??= await readFile(path.join(root, '.vite', 'manifest.json'), 'utf8')
      .then((text) => JSON.parse(text) as Manifest)
      .catch(() => ({}));
    return cachedManifest;
  };

  /** The page, with its chunks (and its first data, when named) preloaded and its meta tags. */
  const sendApp = async (
    reply: FastifyReply,
    status: number,
    page: {
      pathname: string;
      meta?: PageMeta;
      extraModules?: string[];
      data?: string[];
      paint?: { html: string; language: PaintLanguage };
    },
  ) => {
    const html = await indexHtml();
    if (html === undefined) return reply.callNotFound();
    const preloads = status === 200 ? routePreloads(await manifest(), page.pathname, page.extraModules) : [];
    const withMeta = page.meta ? withPageMeta(html, page.meta) : html;
    const painted = page.paint ? withFirstPaint(withMeta, page.paint.html, page.paint.language) : withMeta;
    return reply
      .status(status)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(withPreloads(painted, preloads, status === 200 ? page.data : []));
  };

  fastify.get('/assets/*', (request: FastifyRequest<{ Params: { '*': string } }>, reply) => {
    if (!existsSync(root)) return reply.callNotFound();
    return reply.header('cache-control', HASHED_ASSETS).sendFile(path.join('assets', request.params['*']), {
      cacheControl: false,
    });
  });

  fastify.get('/listings/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const id = request.params.id;
    const found = await listingMeta(id).catch((error: unknown) => {
      if (error instanceof DomainError && (error.kind === 'not_found' || error.kind === 'invalid')) return null;
      // Anything else (the database away): the app itself will say what went wrong.
      return undefined;
    });
    const panel = found ? LISTING_PANELS[found.kind] : undefined;
    return sendApp(reply, found === null ? 404 : 200, {
      pathname: `/listings/${id}`,
      meta: found?.meta,
      extraModules: panel ? [panel] : [],
      data: found ? [`/api/v1/listings/${encodeURIComponent(id)}`] : [],
      paint: found ? paintOf(request, (language) => listingPaint(found.listing, language)) : undefined,
    });
  });

  const spa = async (request: FastifyRequest, reply: FastifyReply) => {
    if (NOT_THE_APP.test(request.url)) return reply.callNotFound();
    if (NAMES_A_FILE.test(request.url)) {
      if (!existsSync(root)) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile(request.url.split('?')[0].slice(1), {
        cacheControl: false,
      });
    }
    const pathname = request.url.split('?')[0];
    const language = paintLanguage(request.headers.cookie, request.headers['accept-language']);
    let html: string | undefined;
    if (pathname === '/') html = homePaint(language);
    else if (pathname === '/search') html = await searchFirstPaint(request.query, language);
    return sendApp(reply, 200, { pathname, paint: html === undefined ? undefined : { html, language } });
  };

  function paintOf(request: FastifyRequest, paint: (language: PaintLanguage) => string) {
    const language = paintLanguage(request.headers.cookie, request.headers['accept-language']);
    return { html: paint(language), language };
  }

  /** The first results of the search in the address, as the page will show them (nothing when the address is not a valid search). */
  async function searchFirstPaint(query: unknown, language: PaintLanguage) {
    try {
      const params = readSearchParams({ ...(query as Record<string, unknown>), limit: '10' });
      const result = await search.search(undefined, params);
      const q = typeof (query as { q?: unknown }).q === 'string' ? (query as { q: string }).q.trim() : undefined;
      return searchPaint(q || undefined, result.hits, language);
    } catch {
      return undefined;
    }
  }
  fastify.get('/', spa);
  fastify.get('/*', spa);

  async function listingMeta(id: string): Promise<{ meta: PageMeta; kind: string; listing: ListingPaint } | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const listing = await getListing.execute(undefined, id);
    const photo = (await attachments.execute(undefined, id)).find((a) => a.purpose === 'photo');
    const base = config.publicWebUrl;
    return {
      kind: listing.kind,
      listing,
      meta: {
        title: `${listing.title} · 融通 Rongtong`,
        description: summary(listing.description),
        url: `${base}/listings/${listing.id}`,
        image: photo ? `${base}/api/v1/listings/${listing.id}/attachments/${photo.id}` : undefined,
        type: 'product',
      },
    };
  }
}
