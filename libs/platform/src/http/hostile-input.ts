import { applyDecorators, Header } from '@nestjs/common';
import { DomainError } from '@rongtong/kernel';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

/** A JSON body nested deeper than any request of ours needs (refused before it is parsed). */
export class BodyTooDeepError extends DomainError {
  readonly code = 'BODY_TOO_DEEP';
  readonly kind = 'invalid';

  constructor() {
    super(`The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels`, { maxDepth: MAX_JSON_DEPTH });
  }
}

/** A string with a NUL character or half a UTF-16 surrogate pair: no text of ours has either. */
export class InvalidCharactersError extends DomainError {
  readonly code = 'INVALID_CHARACTERS';
  readonly kind = 'unprocessable';

  constructor(field: string) {
    super(`${field} contains a NUL character or a lone surrogate`, { field });
  }
}

/**
 * Whether `text` nests arrays and objects deeper than `max`: a scan of the raw text, so a
 * hostile body costs one pass and no recursion (JSON.parse and class-transformer recurse).
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function badText(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/** The path of the first string (or key) in `value` with a NUL or a lone surrogate; depth is bounded already. */
export function findInvalidText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return badText(value) ? path || '(body)' : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (badText(key)) return field;
      const found = findInvalidText(item, field);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The JSON API's own body parsing, in one place for every route: `application/json` only
 * (other types get 415; multipart is registered by the upload plugin), nesting refused past
 * `MAX_JSON_DEPTH` before anything recurses over it (400 BODY_TOO_DEEP), then Fastify's
 * parser (prototype poisoning refused), then NUL characters and lone surrogates refused in
 * any string or key of the body or the query string (422 INVALID_CHARACTERS naming the field).
 */
export function registerJsonBodyParsing(fastify: FastifyInstance, bodyLimit: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (request: FastifyRequest, body: string | Buffer, done: (error: Error | null, value?: unknown) => void) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return done(new BodyTooDeepError());
      void parse(request, text, (error, value) => {
        if (error) return done(error);
        const field = findInvalidText(value);
        done(field ? new InvalidCharactersError(field) : null, value);
      });
    },
  );
  fastify.addHook('preValidation', (request, _reply, done) => {
    const field = findInvalidText(request.query);
    done(field ? new InvalidCharactersError(field) : undefined);
  });
}

/**
 * `Cache-Control: no-store` on every answer that may be private: to a request that carried
 * credentials (a bearer token or a cookie), or to anything but a read. Public reads (search,
 * listings) and answers that set their own caching (the web app's assets) keep theirs.
 */
export function privateAnswersNotStored(request: FastifyRequest, reply: FastifyReply): void {
  if (reply.hasHeader('cache-control')) return;
  const credentials = request.headers.authorization !== undefined || request.headers.cookie !== undefined;
  if (credentials || (request.method !== 'GET' && request.method !== 'HEAD')) reply.header('cache-control', 'no-store');
}

/**
 * Headers for a stored file served back: never run as a page of our origin (no script, no
 * plugins, a unique origin), never sniffed into another type.
 */
export const DownloadHeaders = () =>
  applyDecorators(
    Header('Content-Security-Policy', "default-src 'none'; sandbox"),
    Header('X-Content-Type-Options', 'nosniff'),
  );
