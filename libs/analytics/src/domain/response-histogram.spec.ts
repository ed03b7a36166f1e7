import { bucketSeconds, histogramMedian, responseBucket } from './response-histogram';

function histogramOf(times: number[]): Array<{ bucket: number; deals: number }> {
  const counts = new Map<number, number>();
  for (const t of times) counts.set(responseBucket(t), (counts.get(responseBucket(t)) ?? 0) + 1);
  return [...counts].map(([bucket, deals]) => ({ bucket, deals }));
}

function exactMedian(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
}

describe('the response-time histogram', () => {
  it('files a time in a bucket whose middle is within 2.5% of it', () => {
    for (const t of [1, 1.04, 59.9, 60, 3_600, 86_400, 2_592_000, 12_345.678]) {
      expect(Math.abs(bucketSeconds(responseBucket(t)) - t) / t).toBeLessThanOrEqual(0.025);
    }
    expect(responseBucket(0)).toBe(0);
    expect(responseBucket(0.99)).toBe(0);
    expect(responseBucket(1)).toBe(1);
  });

  it('answers the median of random times within 2.5%, the mean of the two middle ones for an even count', () => {
    for (let round = 0; round < 200; round++) {
      const n = 1 + Math.floor(Math.random() * 400);
      const times = Array.from({ length: n }, () => 60 + Math.random() * Math.random() * 3 * 86_400);
      const median = histogramMedian(histogramOf(times))!;
      const exact = exactMedian(times);
      expect(Math.abs(median - exact) / exact).toBeLessThanOrEqual(0.025);
    }
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian([{ bucket: 10, deals: 0 }])).toBeNull();
    // Two times far apart: their mean, each read as its bucket's middle.
    expect(histogramMedian(histogramOf([100, 10_000]))).toBeCloseTo(
      (bucketSeconds(responseBucket(100)) + bucketSeconds(responseBucket(10_000))) / 2,
      6,
    );
  });
});
