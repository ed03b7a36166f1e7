import { DomainError, FieldValidationError } from '@rongtong/kernel';

/** A demand body breaks the matching domain's rules; every violation at once, each with its field. */
export class DemandValidationError extends FieldValidationError {
  readonly code = 'DEMAND_INVALID';
}

/** Not a demand, or not one the caller may see: the two are told apart by nobody. */
export class DemandNotFoundError extends DomainError {
  readonly code = 'DEMAND_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Demand not found');
  }
}

/** Not a match of this demand, or not one the caller may see. */
export class MatchNotFoundError extends DomainError {
  readonly code = 'MATCH_NOT_FOUND';
  readonly kind = 'not_found';

  constructor() {
    super('Match not found');
  }
}

/** The demand is in a state from which this step does not exist (closed, fulfilled, expired …). */
export class DemandStateConflictError extends DomainError {
  readonly code = 'DEMAND_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(status: string, action: string) {
    super(`A demand that is ${status} cannot be ${action}`, { status, action });
  }
}

/** Someone edited the demand since the version the caller edited. */
export class DemandVersionConflictError extends DomainError {
  readonly code = 'DEMAND_VERSION_CONFLICT';
  readonly kind = 'conflict';

  constructor(readonly currentVersion: number) {
    super(`The demand has changed since the version you edited: it is now at version ${currentVersion}`, {
      currentVersion,
    });
  }
}

/** The match was dismissed (it cannot be accepted) or accepted (it cannot be dismissed). */
export class MatchStateConflictError extends DomainError {
  readonly code = 'MATCH_STATE_CONFLICT';
  readonly kind = 'conflict';

  constructor(status: string, action: string) {
    super(`A match that is ${status} cannot be ${action}`, { status, action });
  }
}

/** No free slot of the demanded length inside the demand's window on the matched equipment. */
export class NoFreeSlotError extends DomainError {
  readonly code = 'NO_FREE_SLOT';
  readonly kind = 'conflict';

  constructor(message: string, details?: Record<string, unknown>) {
    // Longer than the equipment's longest booking, or no free time long enough.
    super(message, details, { reason: details && 'maxMinutes' in details ? 'too_long' : 'no_slot' });
  }
}

/** The matched listing cannot take a deal prefilled from this demand (other unit, no longer offered …). */
export class MatchNotAcceptableError extends DomainError {
  readonly kind = 'unprocessable';

  constructor(
    readonly code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}

/** Demands are posted for an enterprise the caller is a member of, never in a moderator's name. */
export class DemandForbiddenError extends DomainError {
  readonly kind = 'forbidden';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
