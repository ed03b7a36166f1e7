/** A half-open interval of instants `[start, end)`. */
export interface Interval {
  start: Date;
  end: Date;
}

/**
 * Epoch milliseconds `[start, end)`: the working form of interval algebra, converted to
 * `Interval` at the edges, so that hot loops (free time for every equipment listing)
 * compare numbers, not Dates.
 */
export type Span = readonly [number, number];

export function spanOf(interval: Interval): Span {
  return [interval.start.getTime(), interval.end.getTime()];
}

export function intervalOf([start, end]: Span): Interval {
  return { start: new Date(start), end: new Date(end) };
}

/** Union: overlapping or abutting spans joined, empty ones dropped, sorted. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** Difference: `spans` less `holes`, both sorted and merged. */
export function subtractSpans(spans: readonly Span[], holes: readonly Span[]): Span[] {
  const result: Span[] = [];
  for (const [a, b] of spans) {
    let cursor = a;
    for (const [ha, hb] of holes) {
      if (hb <= cursor || ha >= b) continue;
      if (ha > cursor) result.push([cursor, ha]);
      cursor = Math.max(cursor, hb);
      if (cursor >= b) break;
    }
    if (cursor < b) result.push([cursor, b]);
  }
  return result;
}

/** Intersection: what both `a` and `b` (each sorted and merged) cover. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const result: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (end > start) result.push([start, end]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return result;
}

/** Each span cut to `[from, to)`; those left empty dropped. */
export function clipSpans(spans: readonly Span[], from: number, to: number): Span[] {
  return spans.map(([a, b]): Span => [Math.max(a, from), Math.min(b, to)]).filter(([a, b]) => b > a);
}

/** The first stretch of `[from, to)` that `spans` (sorted, merged) do not cover. */
export function firstGap(spans: readonly Span[], from: number, to: number): Span | undefined {
  let cursor = from;
  for (const [a, b] of spans) {
    if (a > cursor) return [cursor, Math.min(a, to)];
    cursor = Math.max(cursor, b);
  }
  return cursor < to ? [cursor, to] : undefined;
}

/** Overlapping or abutting intervals joined, sorted. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  return mergeSpans(intervals.map(spanOf)).map(intervalOf);
}

/** What is in `intervals` and not in `holes`, merged and sorted. */
export function subtractIntervals(intervals: readonly Interval[], holes: readonly Interval[]): Interval[] {
  return subtractSpans(mergeSpans(intervals.map(spanOf)), mergeSpans(holes.map(spanOf))).map(intervalOf);
}

/** What both sets of intervals cover, merged and sorted. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  return intersectSpans(mergeSpans(a.map(spanOf)), mergeSpans(b.map(spanOf))).map(intervalOf);
}

/** Each interval cut to `[from, to)`; those left empty dropped. */
export function clipIntervals(intervals: readonly Interval[], from: Date, to: Date): Interval[] {
  return clipSpans(intervals.map(spanOf), from.getTime(), to.getTime()).map(intervalOf);
}
