import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldViolation, RequestValidationError } from '@rongtong/kernel';

function flatten(errors: ValidationError[], parent = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    // The constraint's name is the rule that words the message in the caller's language.
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, message, rule }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Strict DTO validation: unknown fields are refused, values are transformed to their types. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flatten(errors)),
  });
}
