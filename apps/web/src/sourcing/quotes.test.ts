import { describe, expect, it } from 'vitest';
import { awardLines, priceBreaksToFen, priceBreaksToYuan, quoteFieldAliases, unitPriceAt } from './quotes';

describe('price breaks', () => {
  it('sends yuan as fen, in the rows’ order, and shows fen as yuan', () => {
    expect(
      priceBreaksToFen([
        { minQuantity: 10_000, unitPriceYuan: 11 },
        { minQuantity: 1_000, unitPriceYuan: '12.5' },
        { minQuantity: 1, unitPriceYuan: 0.07 },
      ]),
    ).toEqual([
      { minQuantity: 10_000, unitPriceFen: 1_100 },
      { minQuantity: 1_000, unitPriceFen: 1_250 },
      { minQuantity: 1, unitPriceFen: 7 },
    ]);
    expect(priceBreaksToYuan([{ minQuantity: 500, unitPriceFen: 1_199 }])).toEqual([
      { minQuantity: 500, unitPriceYuan: 11.99 },
    ]);
    expect(priceBreaksToFen(undefined)).toEqual([]);
  });

  it.each([
    [999, undefined],
    [1_000, 1_400],
    [9_999, 1_400],
    [10_000, 1_200],
    [50_000, 1_200],
  ])('prices %i units at %s fen', (quantity, price) => {
    const breaks = [
      { minQuantity: 10_000, unitPriceFen: 1_200 },
      { minQuantity: 1_000, unitPriceFen: 1_400 },
    ];
    expect(unitPriceAt(breaks, quantity)).toBe(price);
  });

  it("names the form's yuan field for the API's fen field", () => {
    expect(quoteFieldAliases(2)).toEqual({
      'priceBreaks.0.unitPriceFen': 'priceBreaks.0.unitPriceYuan',
      'priceBreaks.1.unitPriceFen': 'priceBreaks.1.unitPriceYuan',
    });
  });
});

describe('award lines', () => {
  it('sends the rows with a quantity, and maps the lines sent back to their rows', () => {
    const { awards, aliases, sum } = awardLines([
      { quoteId: 'q1' },
      { quoteId: 'q2', quantity: 12_000 },
      { quoteId: 'q3', quantity: 0 },
      { quoteId: 'q4', quantity: 8_000 },
    ]);
    expect(awards).toEqual([
      { quoteId: 'q2', quantity: 12_000 },
      { quoteId: 'q4', quantity: 8_000 },
    ]);
    expect(sum).toBe(20_000);
    expect(aliases).toMatchObject({
      'awards.0.quantity': 'awards.1.quantity',
      'awards.1.quantity': 'awards.3.quantity',
      'awards.1.quoteId': 'awards.3.quantity',
    });
  });
});
