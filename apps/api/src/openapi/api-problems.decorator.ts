import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDto } from './problem-details.dto';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

const MEANING: Record<ProblemStatus, string> = {
  400: 'The request is malformed or a field is invalid (`errors[]` names each field)',
  401: 'Not signed in, or the access token is missing, expired or revoked',
  403: 'Signed in but not allowed (the role or the account state), e.g. `EMAIL_NOT_VERIFIED`',
  404: 'Not found, or not visible to the caller (nothing leaks)',
  409: 'Conflicts with the current state (e.g. a stale version, a taken slot)',
  413: 'The body or the uploaded file is too large',
  415: 'The content type is not accepted',
  422: "The domain's rules refuse it (`errors[]` names each field)",
  429: 'Too many requests; try again later',
  503: 'A dependency is unavailable (`Retry-After` says when to retry)',
};

type ProblemCodes = Partial<Record<ProblemStatus, string>>;

/**
 * The problem+json answers of a route, one `ProblemDetails` schema for all:
 * `@ApiProblems(400, 404, { 409: 'SLOT_TAKEN' })` — an object adds the stable codes a
 * status may carry to its description (and the status itself).
 */
export function ApiProblems(...args: (ProblemStatus | ProblemCodes)[]): MethodDecorator & ClassDecorator {
  const codes: ProblemCodes = {};
  for (const arg of args) if (typeof arg === 'object') Object.assign(codes, arg);
  const statuses = new Set(args.filter((arg): arg is ProblemStatus => typeof arg === 'number'));
  for (const key of Object.keys(codes)) statuses.add(Number(key) as ProblemStatus);
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...[...statuses].map((status) =>
      ApiResponse({
        status,
        description: codes[status] ? `${MEANING[status]}: ${codes[status]}` : MEANING[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
      }),
    ),
  );
}
