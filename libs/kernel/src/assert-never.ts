/**
 * The last branch of an exhaustive switch over a union (a kind, a state, a status):
 *
 *     switch (deal.kind) {
 *       case 'booking': …
 *       case 'licence': …
 *       default:
 *         return assertNever(deal.kind, 'deal kind');
 *     }
 *
 * When a member is added to the union and a switch lacks its case, `value` is no longer
 * `never` and the switch stops compiling: the compiler lists every place a new kind
 * touches. Should a value outside the type still arrive at run time (a row written by a
 * newer version, a cast that lied), this throws rather than fall through silently.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new UnexpectedValueError(what, value);
}

/** A value no branch handles: a bug (or data from outside the type), never the caller's fault. */
export class UnexpectedValueError extends Error {
  constructor(
    readonly what: string,
    readonly value: unknown,
  ) {
    super(`Unexpected ${what}: ${describe(value)}`);
    this.name = 'UnexpectedValueError';
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value) ?? Object.prototype.toString.call(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}
