import { priceBands } from './postgres.engine';

/** The keys a row holds for its price, as the search-buckets migration generates them. */
function rowKeys(price: number): string[] {
  const band = price < 1 ? 0 : Math.floor(price).toString(2).length;
  return [1, 4, 16].map((size) => `p${size}:${Math.floor(band / size)}`);
}

describe('priceBands', () => {
  it('does not narrow without a maximum or a positive minimum', () => {
    expect(priceBands(undefined, undefined)).toBeUndefined();
    expect(priceBands(0, undefined)).toBeUndefined();
  });

  it('covers a range with few keys', () => {
    expect(priceBands(undefined, 50_000)).toEqual(['p16:0', 'p1:16']);
    expect(priceBands(0, 0)).toEqual(['p1:0']);
  });

  it('holds a key of every price in the range, and of none far outside it', () => {
    const prices = [0, 1, 2, 3, 4, 7, 8, 255, 256, 17_134, 65_535, 65_536, 65_537, 1_000_000, 2 ** 40];
    const bounds = [undefined, 0, 1, 3, 4, 100, 65_535, 65_536, 50_000, 2 ** 41];
    for (const min of bounds) {
      for (const max of bounds) {
        if (min !== undefined && max !== undefined && min > max) continue;
        const keys = priceBands(min, max);
        if (!keys) continue;
        for (const price of prices) {
          const held = rowKeys(price).some((key) => keys.includes(key));
          const inRange = (min === undefined || price >= min) && (max === undefined || price <= max);
          if (inRange) expect(held).toBe(true);
          // A superset by at most a factor of two either side.
          if ((max !== undefined && price >= 2 * max + 2) || (min !== undefined && 2 * price + 2 <= min))
            expect(held).toBe(false);
        }
      }
    }
  });
});
