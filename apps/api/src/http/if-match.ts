import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FieldViolation } from '@rongtong/kernel';
import type { FastifyRequest } from 'fastify';

/**
 * The version an `If-Match` header names: `"3"`, the weak `W/"3"`, or a bare `3`.
 * Anything else (no header, `*`, a list, a non-number) names none: undefined, and the
 * body's `version`, when the route takes one, decides.
 */
export function ifMatchVersion(header: string | undefined): number | undefined {
  const version = header?.match(/^(?:W\/)?"?(\d+)"?$/)?.[1];
  return version === undefined ? undefined : Number(version);
}

/** The handler's argument: the version the request's `If-Match` header names, if any. */
export const IfMatchVersion = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  ifMatchVersion(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** What a route that requires a version says when it got none (the context's validation error wraps it). */
export const VERSION_REQUIRED: FieldViolation = {
  field: 'version',
  message: 'send the version you edited (If-Match or version)',
};

/**
 * The version the client edited, for optimistic locking: the `If-Match` header's, else
 * the body's `version`. With neither, the context's own validation error (so the code
 * stays the context's: `LISTING_INVALID`, `DEMAND_INVALID`) carrying `VERSION_REQUIRED`.
 */
export function expectedVersion(
  ifMatch: number | undefined,
  bodyVersion: number | undefined,
  refuse: (violations: FieldViolation[]) => Error,
): number {
  const version = ifMatch ?? bodyVersion;
  if (version === undefined) throw refuse([{ ...VERSION_REQUIRED }]);
  return version;
}
