import { MAX_FREE_HOURS, parseSearchQuery, type RawSearchParams, SearchQueryInvalidError } from './search-query.parse';

const NOW = new Date('2026-12-01T00:00:00Z');

function fieldsRefused(raw: RawSearchParams): string[] {
  try {
    parseSearchQuery(raw, [], NOW);
  } catch (error) {
    if (error instanceof SearchQueryInvalidError) return error.violations.map((v) => v.field);
    throw error;
  }
  return [];
}

describe('parseSearchQuery: free time', () => {
  it('leaves the filter out when none of its parameters is given', () => {
    expect(parseSearchQuery({ q: 'SEM' }, [], NOW).filters.freeTime).toBeUndefined();
  });

  it.each<[string, RawSearchParams, { from: string; to: string; minutes: number }]>([
    [
      'hours between two times with offsets',
      { freeHours: 4, freeFrom: '2026-12-07T00:00:00+08:00', freeTo: '2026-12-14T00:00:00+08:00' },
      { from: '2026-12-06T16:00:00.000Z', to: '2026-12-13T16:00:00.000Z', minutes: 240 },
    ],
    [
      'fractional hours, rounded up to the minute',
      { freeHours: 1.51, freeFrom: '2026-12-07T09:00:00Z', freeTo: '2026-12-07T18:00:00Z' },
      { from: '2026-12-07T09:00:00.000Z', to: '2026-12-07T18:00:00.000Z', minutes: 91 },
    ],
    [
      "a '+' that arrived as a space",
      { freeHours: 2, freeFrom: '2026-12-07T09:00 08:00', freeTo: '2026-12-07T18:00 08:00' },
      { from: '2026-12-07T01:00:00.000Z', to: '2026-12-07T10:00:00.000Z', minutes: 120 },
    ],
    [
      'the longest stretch over the whole horizon',
      { freeHours: MAX_FREE_HOURS, freeFrom: '2026-12-01T00:00:00Z', freeTo: '2027-01-30T00:00:00Z' },
      { from: '2026-12-01T00:00:00.000Z', to: '2027-01-30T00:00:00.000Z', minutes: MAX_FREE_HOURS * 60 },
    ],
  ])('reads %s', (_name, raw, expected) => {
    const freeTime = parseSearchQuery(raw, [], NOW).filters.freeTime!;
    expect({ from: freeTime.from.toISOString(), to: freeTime.to.toISOString(), minutes: freeTime.minutes }).toEqual(
      expected,
    );
  });

  it.each<[string, RawSearchParams, string[]]>([
    ['hours alone', { freeHours: 4 }, ['freeFrom', 'freeTo']],
    ['a window without hours', { freeFrom: '2026-12-07T00:00:00Z', freeTo: '2026-12-08T00:00:00Z' }, ['freeHours']],
    ['a start alone', { freeFrom: '2026-12-07T00:00:00Z' }, ['freeHours', 'freeTo']],
    ['zero hours', { freeHours: 0, freeFrom: '2026-12-07T00:00:00Z', freeTo: '2026-12-08T00:00:00Z' }, ['freeHours']],
    [
      'negative hours',
      { freeHours: -2, freeFrom: '2026-12-07T00:00:00Z', freeTo: '2026-12-08T00:00:00Z' },
      ['freeHours'],
    ],
    [
      'more than 60 days of hours',
      { freeHours: MAX_FREE_HOURS + 1, freeFrom: '2026-12-07T00:00:00Z', freeTo: '2026-12-08T00:00:00Z' },
      ['freeHours'],
    ],
    [
      'hours that do not fit the window',
      { freeHours: 25, freeFrom: '2026-12-07T00:00:00Z', freeTo: '2026-12-08T00:00:00Z' },
      ['freeHours'],
    ],
    [
      'a time without an offset',
      { freeHours: 2, freeFrom: '2026-12-07T00:00:00', freeTo: '2026-12-08T00:00:00Z' },
      ['freeFrom'],
    ],
    ['a date alone', { freeHours: 2, freeFrom: '2026-12-07T00:00:00Z', freeTo: '2026-12-08' }, ['freeTo']],
    [
      'an end before the start',
      { freeHours: 2, freeFrom: '2026-12-08T00:00:00Z', freeTo: '2026-12-07T00:00:00Z' },
      ['freeTo'],
    ],
    [
      'a window over 60 days',
      { freeHours: 2, freeFrom: '2026-12-01T00:00:00Z', freeTo: '2027-01-30T00:00:01Z' },
      ['freeTo'],
    ],
    [
      'a window past the horizon',
      { freeHours: 2, freeFrom: '2027-01-29T00:00:00Z', freeTo: '2027-02-01T00:00:00Z' },
      ['freeTo'],
    ],
  ])('refuses %s, naming the fields', (_name, raw, fields) => {
    expect(fieldsRefused(raw)).toEqual(fields);
  });

  it('reports free-time faults along with the others', () => {
    expect(fieldsRefused({ kind: 'robots', freeHours: 2 })).toEqual(['kind', 'freeFrom', 'freeTo']);
  });
});
