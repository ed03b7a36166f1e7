import { parsePeriod } from './period';

describe('parsePeriod', () => {
  it('defaults to the twelve months up to today', () => {
    expect(parsePeriod({}, '2026-12-07')).toEqual({ from: '2025-12-07', to: '2026-12-07' });
  });

  it('accepts exactly a day short of five years, refuses five years', () => {
    expect(parsePeriod({ from: '2021-01-01', to: '2025-12-31' }, '2026-01-01')).toEqual({
      from: '2021-01-01',
      to: '2025-12-31',
    });
    expect(() => parsePeriod({ from: '2021-01-01', to: '2026-01-01' }, '2026-01-01')).toThrow(
      expect.objectContaining({ code: 'ANALYTICS_PERIOD_TOO_LONG' }),
    );
  });

  it.each([
    [{ from: '2026-02-30' }, 'ANALYTICS_DATE_INVALID'],
    [{ to: '2026-1-1' }, 'ANALYTICS_DATE_INVALID'],
    [{ from: 'yesterday' }, 'ANALYTICS_DATE_INVALID'],
    [{ from: '2026-03-01', to: '2026-02-28' }, 'ANALYTICS_PERIOD_REVERSED'],
  ])('refuses %j with %s', (input, code) => {
    expect(() => parsePeriod(input, '2026-12-07')).toThrow(expect.objectContaining({ code }));
  });
});
