import {
  clipIntervals,
  firstGap,
  type Interval,
  intersectIntervals,
  mergeIntervals,
  type Span,
  subtractIntervals,
} from './interval';

// Hours of 2026-12-07 in Shanghai, as intervals.
const h = (hour: number) => new Date(`2026-12-07T${String(hour).padStart(2, '0')}:00:00+08:00`);
const i = (from: number, to: number): Interval => ({ start: h(from), end: h(to) });
const hours = (intervals: Interval[]) =>
  intervals.map((x) => [
    (x.start.getTime() - h(0).getTime()) / 3_600_000,
    (x.end.getTime() - h(0).getTime()) / 3_600_000,
  ]);

describe('interval algebra', () => {
  it.each<[string, Interval[], number[][]]>([
    ['nothing', [], []],
    ['overlapping joined', [i(9, 12), i(11, 14)], [[9, 14]]],
    ['abutting joined', [i(9, 12), i(12, 14)], [[9, 14]]],
    [
      'apart kept apart, sorted',
      [i(15, 16), i(9, 10)],
      [
        [9, 10],
        [15, 16],
      ],
    ],
    ['contained swallowed', [i(8, 18), i(9, 10)], [[8, 18]]],
    ['empty dropped', [i(9, 9), i(10, 11)], [[10, 11]]],
  ])('union: %s', (_what, intervals, expected) => {
    expect(hours(mergeIntervals(intervals))).toEqual(expected);
  });

  it.each<[string, Interval[], Interval[], number[][]]>([
    [
      'a hole in the middle',
      [i(8, 18)],
      [i(12, 13)],
      [
        [8, 12],
        [13, 18],
      ],
    ],
    ['a hole over an edge', [i(8, 18)], [i(6, 9), i(17, 20)], [[9, 17]]],
    ['a hole covering all', [i(8, 18)], [i(0, 24)], []],
    ['holes elsewhere', [i(8, 12)], [i(13, 14)], [[8, 12]]],
    [
      'unsorted, overlapping holes',
      [i(8, 18), i(19, 21)],
      [i(15, 20), i(10, 11), i(14, 16)],
      [
        [8, 10],
        [11, 14],
        [20, 21],
      ],
    ],
  ])('difference: %s', (_what, intervals, holes, expected) => {
    expect(hours(subtractIntervals(intervals, holes))).toEqual(expected);
  });

  it.each<[string, Interval[], Interval[], number[][]]>([
    ['overlap', [i(8, 12)], [i(10, 14)], [[10, 12]]],
    ['none', [i(8, 10)], [i(10, 14)], []],
    [
      'many against many',
      [i(8, 12), i(13, 18)],
      [i(9, 10), i(11, 14), i(17, 20)],
      [
        [9, 10],
        [11, 12],
        [13, 14],
        [17, 18],
      ],
    ],
    ['with nothing', [i(8, 12)], [], []],
  ])('intersection: %s', (_what, a, b, expected) => {
    expect(hours(intersectIntervals(a, b))).toEqual(expected);
    expect(hours(intersectIntervals(b, a))).toEqual(expected);
  });

  it('clips each interval to a window, dropping those outside it', () => {
    expect(hours(clipIntervals([i(6, 10), i(11, 12), i(20, 23)], h(9), h(21)))).toEqual([
      [9, 10],
      [11, 12],
      [20, 21],
    ]);
  });

  it.each<[Span[], number, number, Span | undefined]>([
    [[], 0, 10, [0, 10]],
    [[[0, 3]], 0, 10, [3, 10]],
    [[[2, 3]], 0, 10, [0, 2]],
    [
      [
        [0, 3],
        [3, 10],
      ],
      0,
      10,
      undefined,
    ],
    [
      [
        [0, 4],
        [6, 12],
      ],
      0,
      10,
      [4, 6],
    ],
  ])('first gap in %j over [%i, %i) is %j', (spans, from, to, gap) => {
    expect(firstGap(spans, from, to)).toEqual(gap);
  });
});
