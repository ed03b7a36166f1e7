import type { FieldViolation } from '../domain-error';
import { readInstant, readQueryInstant } from './instant';

describe('readInstant', () => {
  it.each([
    ['2026-12-01T09:00:00+08:00', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T09:00+08:00', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T01:00:00.5Z', '2026-12-01T01:00:00.500Z'],
    ['2028-02-29T00:00:00+08:00', '2028-02-28T16:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    const violations: FieldViolation[] = [];
    expect(readInstant(text, 'start', violations)?.toISOString()).toBe(iso);
    expect(violations).toEqual([]);
  });

  it.each(['2026-12-01T09:00:00', '2026-12-01', 'tomorrow', 42, undefined])('wants an offset: %p', (value) => {
    const violations: FieldViolation[] = [];
    expect(readInstant(value, 'start', violations)).toBeUndefined();
    expect(violations).toEqual([
      { field: 'start', message: 'must be an ISO 8601 time with an offset, e.g. 2026-12-01T09:00:00+08:00' },
    ]);
  });

  it.each([
    '2027-02-30T09:00:00+08:00',
    '2026-02-29T09:00:00+08:00',
    '2026-04-31T09:00:00+08:00',
    '2026-13-01T09:00:00+08:00',
    '2026-12-01T24:00:00+08:00',
    '2026-12-01T09:60:00+08:00',
    '2026-12-01T09:00:00+15:00',
  ])('refuses %s, no real time (Date would roll it over)', (text) => {
    const violations: FieldViolation[] = [];
    expect(readInstant(text, 'end', violations)).toBeUndefined();
    expect(violations).toEqual([{ field: 'end', message: 'is not a valid time' }]);
  });

  it("reads a query string's + that arrived as a space", () => {
    const violations: FieldViolation[] = [];
    expect(readQueryInstant('2026-12-01T09:00:00 08:00', 'freeFrom', violations)?.toISOString()).toBe(
      '2026-12-01T01:00:00.000Z',
    );
    expect(violations).toEqual([]);
  });
});
