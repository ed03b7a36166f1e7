/** An RFC 9457 problem+json answer from the API, as an Error the app can throw and catch. */
export interface FieldViolation {
  field: string;
  message: string;
  rule?: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldViolation[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = 'ApiProblem';
  }

  static from(status: number, body: unknown): ApiProblem {
    const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const errors = Array.isArray(b.errors)
      ? b.errors.flatMap((e: unknown): FieldViolation[] => {
          const v = e as Partial<FieldViolation>;
          return typeof v?.field === 'string' && typeof v.message === 'string'
            ? [{ field: v.field, message: v.message, rule: v.rule }]
            : [];
        })
      : [];
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return new ApiProblem(status, str(b.code), str(b.title) ?? `HTTP ${status}`, str(b.detail), errors, b);
  }
}

/** A network failure (no answer at all), told apart from a problem the API answered with. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network', { cause });
    this.name = 'NetworkError';
  }
}

export function isProblem(error: unknown, code?: string): error is ApiProblem {
  return error instanceof ApiProblem && (code === undefined || error.code === code);
}
