import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLocale } from '../errors/locale';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../errors/problem-details';

/**
 * The one place where errors become HTTP responses: RFC 9457 problem+json with a stable
 * code, worded in the caller's language (Accept-Language, else the user's locale, else
 * zh-CN; said in Content-Language). Unexpected errors are logged with their stack and
 * answered with a bare 500.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const { body, locale, unexpected } = toProblem(error, String(request.id), requestLocale(request));
  if (unexpected) {
    logger.error(
      { err: error, correlationId: body.correlationId, method: request.method, url: request.url },
      'Unexpected error while serving a request',
    );
  }
  if (typeof body.retryAfterSeconds === 'number') void reply.header('retry-after', String(body.retryAfterSeconds));
  void reply
    .status(body.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('content-language', locale)
    .send(body);
}
