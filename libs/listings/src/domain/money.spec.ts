import { MoneyInvalidError } from './listings.errors';
import { isPriceUnit, Money, PRICE_UNITS } from './money';

describe('Money', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [38000, '¥380.00'],
    [100000, '¥1,000.00'],
    [123456, '¥1,234.56'],
    [99999999, '¥999,999.99'],
    [100000000, '¥1,000,000.00'],
    [Number.MAX_SAFE_INTEGER, '¥90,071,992,547,409.91'],
  ])('formats %i fen as %s', (fen, text) => {
    expect(Money.ofFen(fen).format()).toBe(text);
    expect(String(Money.ofFen(fen))).toBe(text);
  });

  it.each([
    ['negative', -1],
    ['a fraction of a fen', 12.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['beyond exact integers', 2 ** 53],
  ])('refuses %s', (_, fen) => {
    expect(() => Money.ofFen(fen)).toThrow(MoneyInvalidError);
    expect(Money.isValidFen(fen)).toBe(false);
  });

  it.each([['12'], [null], [undefined], [{}]])('isValidFen(%p) is false for non-numbers', (value) => {
    expect(Money.isValidFen(value)).toBe(false);
  });

  it('refuses with a stable code', () => {
    expect(() => Money.ofFen(-1)).toThrow(expect.objectContaining({ code: 'MONEY_INVALID', kind: 'unprocessable' }));
  });

  it('adds and multiplies exactly', () => {
    // 0.1 + 0.2 in yuan, the classic float trap, is exact in fen.
    expect(Money.ofFen(10).plus(Money.ofFen(20)).fen).toBe(30);
    expect(Money.ofFen(40000).times(3).format()).toBe('¥1,200.00');
    expect(Money.ZERO.times(7).equals(Money.ZERO)).toBe(true);
    expect(() => Money.ofFen(100).times(1.5)).toThrow(MoneyInvalidError);
    expect(() => Money.ofFen(100).times(-1)).toThrow(MoneyInvalidError);
    expect(() => Money.ofFen(Number.MAX_SAFE_INTEGER).plus(Money.ofFen(1))).toThrow(MoneyInvalidError);
  });

  it('compares and serialises as fen', () => {
    expect(Money.ofFen(1).compare(Money.ofFen(2))).toBe(-1);
    expect(Money.ofFen(2).compare(Money.ofFen(2))).toBe(0);
    expect(Money.ofFen(3).compare(Money.ofFen(2))).toBe(1);
    expect(JSON.stringify({ price: Money.ofFen(38000) })).toBe('{"price":38000}');
  });
});

describe('price units', () => {
  it.each(PRICE_UNITS.map((unit) => [unit]))('%s is a price unit', (unit) => {
    expect(isPriceUnit(unit)).toBe(true);
  });

  it.each([['day'], ['HOUR'], [''], [null], [1]])('%p is not', (value) => {
    expect(isPriceUnit(value)).toBe(false);
  });
});
