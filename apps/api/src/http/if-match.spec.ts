import { DomainError, type FieldViolation } from '@rongtong/kernel';
import { expectedVersion, ifMatchVersion } from './if-match';

class TestValidationError extends DomainError {
  readonly code = 'TEST_INVALID';
  readonly kind = 'unprocessable';

  constructor(readonly violations: FieldViolation[]) {
    super('invalid', { errors: violations });
  }
}

const refuse = (violations: FieldViolation[]) => new TestValidationError(violations);

describe('ifMatchVersion', () => {
  it.each([
    ['"3"', 3],
    ['W/"3"', 3],
    ['3', 3],
    ['"0"', 0],
    ['"120"', 120],
  ])('reads %s as version %p', (header, version) => {
    expect(ifMatchVersion(header)).toBe(version);
  });

  it.each([undefined, '', '*', '"3", "4"', '"abc"', '"-1"', '"3.5"', 'W/ "3"', 'w/"3"', ' "3"'])(
    'finds no version in %p',
    (header) => {
      expect(ifMatchVersion(header)).toBeUndefined();
    },
  );
});

describe('expectedVersion', () => {
  it('takes the header before the body', () => {
    expect(expectedVersion(4, 2, refuse)).toBe(4);
  });

  it("falls back to the body's version", () => {
    expect(expectedVersion(undefined, 2, refuse)).toBe(2);
    expect(expectedVersion(undefined, 0, refuse)).toBe(0);
  });

  it("refuses neither with the context's own error, naming the version field", () => {
    expect(() => expectedVersion(undefined, undefined, refuse)).toThrow(TestValidationError);
    expect(() => expectedVersion(undefined, undefined, refuse)).toThrow(
      expect.objectContaining({
        code: 'TEST_INVALID',
        violations: [{ field: 'version', message: 'send the version you edited (If-Match or version)' }],
      }),
    );
  });
});
