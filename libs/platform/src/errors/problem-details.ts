import { HttpException } from '@nestjs/common';
import { DomainError, type ErrorKind } from '@rongtong/kernel';

/** RFC 9457 problem details, with our stable `code` and the request's correlation id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  correlationId: string;
  [extension: string]: unknown;
}

export interface Problem {
  body: ProblemDetails;
  /** True when the failure is ours, not the client's: log it, never show its internals. */
  unexpected: boolean;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  411: 'Length Required',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Codes for errors raised by the framework rather than by our domain. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  411: 'LENGTH_REQUIRED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Fastify's own error codes that reach us before a route runs (body parsing, limits). */
const FASTIFY_CODES: Record<string, { status: number; code: string; detail?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    detail: 'The body is empty but the content type is application/json',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON' },
  FST_ERR_CTP_INVALID_TYPE: { status: 400, code: 'BAD_REQUEST' },
  FST_ERR_BAD_URL: { status: 400, code: 'BAD_URL' },
};

export function problemType(code: string): string {
  return `/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}

function problem(
  status: number,
  code: string,
  detail: string,
  correlationId: string,
  extensions: Record<string, unknown> = {},
): ProblemDetails {
  return {
    ...extensions,
    type: problemType(code),
    title: TITLE_BY_STATUS[status] ?? 'Error',
    status,
    detail,
    code,
    correlationId,
  };
}

interface ErrorWithStatus {
  statusCode?: unknown;
  status?: unknown;
  code?: unknown;
  message?: unknown;
}

/**
 * Maps anything thrown while serving a request to the problem the client sees. Domain
 * errors keep their code and details; framework errors get a stable code by status;
 * anything else is a 500 that reveals only the correlation id.
 */
export function toProblem(error: unknown, correlationId: string): Problem {
  if (error instanceof DomainError) {
    const status = STATUS_BY_KIND[error.kind];
    return {
      body: problem(status, error.code, error.message, correlationId, error.details),
      unexpected: status >= 500,
    };
  }

  // Nest wraps Fastify's own errors in an HttpException; their code says more than the status.
  const fastify = fastifyProblem(error) ?? (error instanceof HttpException ? fastifyProblem(error.cause) : undefined);
  if (fastify) {
    return { body: problem(fastify.status, fastify.code, fastify.detail, correlationId), unexpected: false };
  }

  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const detail =
      typeof response === 'string'
        ? response
        : typeof response === 'object' && response !== null && 'message' in response
          ? String(response.message)
          : error.message;
    const code =
      typeof response === 'object' && response !== null && 'code' in response
        ? String(response.code)
        : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'));
    if (status >= 500) {
      return { body: problem(status, code, 'Something went wrong on our side', correlationId), unexpected: true };
    }
    return { body: problem(status, code, detail, correlationId), unexpected: false };
  }

  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorWithStatus;
  if (isRejectedValue(error)) {
    // A value our validation let through but PostgreSQL refuses (out of range, a NUL
    // byte, a CHECK): the client's input, so a 422 rather than a 500.
    return {
      body: problem(422, 'INVALID_VALUE', 'A value is out of range or not allowed', correlationId),
      unexpected: false,
    };
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    // Body parsers signal malformed input with a 4xx statusCode (JSON syntax errors).
    const code = error instanceof SyntaxError ? 'MALFORMED_JSON' : (CODE_BY_STATUS[status] ?? 'BAD_REQUEST');
    const detail = typeof e.message === 'string' ? e.message : code;
    return { body: problem(status, code, detail, correlationId), unexpected: false };
  }

  return {
    body: problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side', correlationId),
    unexpected: true,
  };
}

function fastifyProblem(error: unknown): { status: number; code: string; detail: string } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as ErrorWithStatus;
  const known = typeof e.code === 'string' ? FASTIFY_CODES[e.code] : undefined;
  if (!known) return undefined;
  return { ...known, detail: known.detail ?? (typeof e.message === 'string' ? e.message : known.code) };
}

/** PostgreSQL data exceptions (class 22) and CHECK violations (23514). */
function isRejectedValue(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && (/^22[0-9A-Z]{3}$/.test(code) || code === '23514');
}
