import { HttpException } from '@nestjs/common';
import { DEFAULT_LOCALE, DomainError, type ErrorKind, type Locale, type Localized } from '@rongtong/kernel';
import { isConnectionError } from '../health/dependency-monitor';
import { wordProblem } from './messages';

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
  /** The language of `title` and `detail` (the `Content-Language` header). */
  locale: Locale;
  /** True when the failure is ours, not the client's: log it, never show its internals. */
  unexpected: boolean;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** `Retry-After` of a request refused because PostgreSQL (or another dependency) is away. */
const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

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

const TITLE_BY_STATUS: Record<number, Localized> = {
  400: { 'zh-CN': '请求无效', en: 'Bad Request' },
  401: { 'zh-CN': '未登录', en: 'Unauthorized' },
  403: { 'zh-CN': '无权访问', en: 'Forbidden' },
  404: { 'zh-CN': '未找到', en: 'Not Found' },
  405: { 'zh-CN': '请求方法不允许', en: 'Method Not Allowed' },
  406: { 'zh-CN': '无法接受', en: 'Not Acceptable' },
  409: { 'zh-CN': '冲突', en: 'Conflict' },
  411: { 'zh-CN': '缺少内容长度', en: 'Length Required' },
  413: { 'zh-CN': '内容过大', en: 'Content Too Large' },
  415: { 'zh-CN': '不支持的媒体类型', en: 'Unsupported Media Type' },
  422: { 'zh-CN': '无法处理的内容', en: 'Unprocessable Content' },
  429: { 'zh-CN': '请求过于频繁', en: 'Too Many Requests' },
  500: { 'zh-CN': '服务器内部错误', en: 'Internal Server Error' },
  503: { 'zh-CN': '服务不可用', en: 'Service Unavailable' },
};
const ERROR_TITLE: Localized = { 'zh-CN': '错误', en: 'Error' };

/** Every code the framework (rather than a domain error) may answer with, for the catalog's completeness test. */
export function frameworkCodes(): string[] {
  return [
    ...new Set([
      ...Object.values(CODE_BY_STATUS),
      ...Object.values(FASTIFY_CODES).map((f) => f.code),
      'BAD_REQUEST',
      'MALFORMED_JSON',
      'INVALID_VALUE',
      'INTERNAL_ERROR',
      'DEPENDENCY_UNAVAILABLE',
    ]),
  ];
}

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
  message: string,
  correlationId: string,
  locale: Locale,
  details: Record<string, unknown> = {},
  params: Record<string, unknown> = {},
): ProblemDetails {
  const worded = wordProblem(code, message, { ...details, ...params }, locale);
  return {
    ...details,
    ...(worded.errors && { errors: worded.errors }),
    ...(worded.reasons && { reasons: worded.reasons }),
    type: problemType(code),
    title: (TITLE_BY_STATUS[status] ?? ERROR_TITLE)[locale],
    status,
    detail: worded.detail,
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
 * anything else is a 500 that reveals only the correlation id. Title and detail are in
 * `locale` (see locale.ts), worded from the problem message catalog (messages/).
 */
export function toProblem(error: unknown, correlationId: string, locale: Locale = DEFAULT_LOCALE): Problem {
  if (error instanceof DomainError) {
    const status = STATUS_BY_KIND[error.kind];
    return {
      body: problem(status, error.code, error.message, correlationId, locale, error.details, error.params),
      locale,
      unexpected: status >= 500,
    };
  }

  // Nest wraps Fastify's own errors in an HttpException; their code says more than the status.
  const fastify = fastifyProblem(error) ?? (error instanceof HttpException ? fastifyProblem(error.cause) : undefined);
  if (fastify) {
    return {
      body: problem(fastify.status, fastify.code, fastify.detail, correlationId, locale),
      locale,
      unexpected: false,
    };
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
      return {
        body: problem(status, code, 'Something went wrong on our side', correlationId, locale),
        locale,
        unexpected: true,
      };
    }
    return { body: problem(status, code, detail, correlationId, locale), locale, unexpected: false };
  }

  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorWithStatus;
  if (isConnectionError(error)) {
    // PostgreSQL (or another dependency) could not be reached: refused, shut down, cut off,
    // no pool connection in time. Neither the client's fault nor a bug: ask again shortly.
    return {
      body: problem(
        503,
        'DEPENDENCY_UNAVAILABLE',
        'A service Rongtong depends on is unavailable: try again shortly',
        correlationId,
        locale,
        { retryAfterSeconds: DEPENDENCY_RETRY_AFTER_SECONDS },
      ),
      locale,
      unexpected: false,
    };
  }
  if (isRejectedValue(error)) {
    // A value our validation let through but PostgreSQL refuses (out of range, a NUL
    // byte, a CHECK): the client's input, so a 422 rather than a 500.
    return {
      body: problem(422, 'INVALID_VALUE', 'A value is out of range or not allowed', correlationId, locale),
      locale,
      unexpected: false,
    };
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  if (status !== undefined && status >= 400 && status < 500) {
    // Body parsers signal malformed input with a 4xx statusCode (JSON syntax errors).
    const code = error instanceof SyntaxError ? 'MALFORMED_JSON' : (CODE_BY_STATUS[status] ?? 'BAD_REQUEST');
    const detail = typeof e.message === 'string' ? e.message : code;
    return { body: problem(status, code, detail, correlationId, locale), locale, unexpected: false };
  }

  return {
    body: problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side', correlationId, locale),
    locale,
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
