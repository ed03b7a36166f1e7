import { readAward, readQuote, unitPriceAt } from './quote';
import { AwardValidationError, QuoteValidationError } from './sourcing.errors';

const NOW = new Date('2026-12-07T10:00:00Z');

const fields = (run: () => unknown, type: typeof QuoteValidationError | typeof AwardValidationError) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return (error as QuoteValidationError).violations.map((v) => v.field);
  }
  throw new Error('expected a refusal');
};

describe('readQuote', () => {
  const body = (extra: Record<string, unknown> = {}) => ({
    priceBreaks: [
      { minQuantity: 10_000, unitPriceFen: 1_100 },
      { minQuantity: 1, unitPriceFen: 1_500 },
    ],
    leadTimeDays: 14,
    validUntil: '2027-01-31',
    ...extra,
  });

  it('sorts the price breaks by quantity', () => {
    expect(readQuote(body(), NOW)).toEqual({
      priceBreaks: [
        { minQuantity: 1, unitPriceFen: 1_500 },
        { minQuantity: 10_000, unitPriceFen: 1_100 },
      ],
      leadTimeDays: 14,
      validUntil: '2027-01-31',
      notes: null,
    });
  });

  it('takes an ISO instant for validity as its day in China', () => {
    expect(readQuote(body({ validUntil: '2027-01-31T20:00:00Z' }), NOW).validUntil).toBe('2027-02-01');
  });

  it.each([
    [{ priceBreaks: [] }, 'priceBreaks'],
    [{ priceBreaks: undefined }, 'priceBreaks'],
    [{ priceBreaks: [{ minQuantity: 0, unitPriceFen: 1 }] }, 'priceBreaks.0.minQuantity'],
    [{ priceBreaks: [{ minQuantity: 1, unitPriceFen: 1.5 }] }, 'priceBreaks.0.unitPriceFen'],
    [{ priceBreaks: [{ minQuantity: 1, unitPriceFen: 1, discount: 2 }] }, 'priceBreaks.0.discount'],
    [
      {
        priceBreaks: [
          { minQuantity: 5, unitPriceFen: 1 },
          { minQuantity: 5, unitPriceFen: 2 },
        ],
      },
      'priceBreaks',
    ],
    [{ leadTimeDays: -1 }, 'leadTimeDays'],
    [{ leadTimeDays: undefined }, 'leadTimeDays'],
    [{ validUntil: '2026-12-01' }, 'validUntil'],
    [{ validUntil: 'soon' }, 'validUntil'],
    [{ notes: 42 }, 'notes'],
  ])('refuses %j at %s (422 QUOTE_INVALID)', (extra, field) => {
    expect(fields(() => readQuote(body(extra), NOW), QuoteValidationError)).toContain(field);
  });
});

describe('unitPriceAt', () => {
  const breaks = [
    { minQuantity: 100, unitPriceFen: 1_500 },
    { minQuantity: 1_000, unitPriceFen: 1_200 },
    { minQuantity: 10_000, unitPriceFen: 1_000 },
  ];
  it.each([
    [99, null],
    [100, 1_500],
    [999, 1_500],
    [1_000, 1_200],
    [20_000, 1_000],
  ])('at %i: %p', (quantity, price) => {
    expect(unitPriceAt(breaks, quantity)).toBe(price);
  });
});

describe('readAward', () => {
  const quotes = new Map([
    ['a', { status: 'live' as const, priceBreaks: [{ minQuantity: 100, unitPriceFen: 10 }] }],
    ['b', { status: 'live' as const, priceBreaks: [{ minQuantity: 1, unitPriceFen: 12 }] }],
    ['w', { status: 'withdrawn' as const, priceBreaks: [{ minQuantity: 1, unitPriceFen: 5 }] }],
  ]);

  it('splits an award between live quotes, with the reason', () => {
    expect(
      readAward(
        {
          awards: [
            { quoteId: 'a', quantity: 600 },
            { quoteId: 'b', quantity: 400 },
          ],
          reason: ' 拆分 ',
        },
        1_000,
        quotes,
      ),
    ).toEqual({
      awards: [
        { quoteId: 'a', quantity: 600 },
        { quoteId: 'b', quantity: 400 },
      ],
      reason: '拆分',
    });
  });

  it.each([
    [
      {
        awards: [
          { quoteId: 'a', quantity: 700 },
          { quoteId: 'b', quantity: 400 },
        ],
      },
      'awards',
    ],
    [{ awards: [{ quoteId: 'w', quantity: 10 }] }, 'awards.0.quoteId'],
    [{ awards: [{ quoteId: 'nope', quantity: 10 }] }, 'awards.0.quoteId'],
    [
      {
        awards: [
          { quoteId: 'b', quantity: 1 },
          { quoteId: 'b', quantity: 1 },
        ],
      },
      'awards.1.quoteId',
    ],
    [{ awards: [{ quoteId: 'a', quantity: 50 }] }, 'awards.0.quantity'],
    [{ awards: [{ quoteId: 'b', quantity: 0 }] }, 'awards.0.quantity'],
    [{ awards: [] }, 'awards'],
    [{}, 'awards'],
  ])('refuses %j at %s (422 AWARD_INVALID)', (body, field) => {
    expect(fields(() => readAward(body, 1_000, quotes), AwardValidationError)).toContain(field);
  });
});
