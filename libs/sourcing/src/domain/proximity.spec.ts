import { regionProximity } from './proximity';

describe('regionProximity', () => {
  it.each([
    ['320594', '320594', 'same_county'],
    ['320505', '320594', 'same_city'],
    ['320106', '320594', 'same_province'],
    ['310115', '320594', 'other_province'],
    [null, '320594', 'unknown'],
  ] as const)('%s to %s: %s', (supplier, delivery, expected) => {
    expect(regionProximity(supplier, delivery)).toBe(expected);
  });
});
