import { describe, expect, it } from 'vitest';
import { monthsOf, periodOf } from './period';

const params = (query: string) => new URLSearchParams(query);

describe('periodOf', () => {
  it('is the twelve months to this one by default, ending today', () => {
    expect(periodOf(params(''), '2026-12-07')).toEqual({
      fromMonth: '2026-01',
      toMonth: '2026-12',
      from: '2026-01-01',
      to: '2026-12-07',
    });
  });

  it('ends a past month on its last day', () => {
    expect(periodOf(params('from=2024-02&to=2024-02'), '2026-12-07')).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('brings a reversed, future or too long period back into bounds', () => {
    expect(periodOf(params('from=2026-06&to=2026-03'), '2026-12-07')).toMatchObject({
      fromMonth: '2026-03',
      toMonth: '2026-03',
    });
    expect(periodOf(params('to=2030-01'), '2026-12-07')).toMatchObject({ toMonth: '2026-12', to: '2026-12-07' });
    expect(periodOf(params('from=2015-01&to=2026-12'), '2026-12-07')).toMatchObject({ fromMonth: '2022-01' });
  });

  it('ignores what is not a month', () => {
    expect(periodOf(params('from=2026-13&to=nonsense'), '2026-12-07')).toMatchObject({
      fromMonth: '2026-01',
      toMonth: '2026-12',
    });
  });
});

describe('monthsOf', () => {
  it('names every month of the period across a year end', () => {
    expect(monthsOf({ fromMonth: '2025-11', toMonth: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
