/**
 * Times to a provider's first response are kept as a histogram (analytics_response_rollup):
 * bucket 0 holds what took under a second, bucket b ≥ 1 the times in [1.05^(b-1), 1.05^b)
 * seconds, as the SQL function analytics_response_bucket files them. A histogram of a
 * park, month and industry is added to another by summing counts per bucket, so the median
 * of any period and breakdown is read from O(months × industries × buckets) rows, never
 * from the deals. Each bucket stands for its geometric middle: within 2.5% of any time in it.
 */
export const RESPONSE_BUCKET_RATIO = 1.05;

/** The bucket a time falls in (what the SQL function answers), for tests. */
export function responseBucket(seconds: number): number {
  return seconds < 1 ? 0 : 1 + Math.floor(Math.log(seconds) / Math.log(RESPONSE_BUCKET_RATIO));
}

/** The time a bucket stands for: the geometric middle of its bounds (half a second for bucket 0). */
export function bucketSeconds(bucket: number): number {
  return bucket <= 0 ? 0.5 : RESPONSE_BUCKET_RATIO ** (bucket - 0.5);
}

/**
 * The median of a histogram, as percentile_cont(0.5) takes it (the middle time, or the
 * mean of the two middle ones), each time read as its bucket's middle; null when empty.
 */
export function histogramMedian(histogram: ReadonlyArray<{ bucket: number; deals: number }>): number | null {
  const buckets = histogram.filter((h) => h.deals > 0).sort((a, b) => a.bucket - b.bucket);
  const total = buckets.reduce((sum, h) => sum + h.deals, 0);
  if (total === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const h of buckets) {
      seen += h.deals;
      if (rank < seen) return bucketSeconds(h.bucket);
    }
    return bucketSeconds(buckets[buckets.length - 1].bucket);
  };
  const middle = (total - 1) / 2;
  return (at(Math.floor(middle)) + at(Math.ceil(middle))) / 2;
}
