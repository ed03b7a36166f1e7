import { CapacityExceededError, DealValidationError } from './deals.errors';
import {
  type CapacityListing,
  capacityListingOf,
  estimateReservationFee,
  PeriodNotOfferedError,
  readReservationCounter,
  readReservationRequest,
  type ReservationTerms,
} from './reservation-terms';

const TODAY = '2026-06-10'; // a Wednesday

function listing(
  overrides: Partial<CapacityListing['offering']> = {},
  price: Partial<CapacityListing> = {},
): CapacityListing {
  return {
    priceFen: 38_000,
    priceUnit: 'machine_hour',
    ...price,
    offering: {
      capacity: { quantity: 100, unit: 'machine_hour', per: 'week' },
      minOrder: null,
      leadTimeDays: 5,
      periods: [],
      ...overrides,
    },
  };
}

function violationsOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof DealValidationError) return error.violations.map((v) => v.field);
    throw error;
  }
  throw new Error('accepted');
}

describe('readReservationRequest', () => {
  it('takes the quantity out of each week the window touches, with the fee for all of them', () => {
    const plan = readReservationRequest(
      { quantity: 40, from: '2026-06-17', to: '2026-06-29', note: ' 加急 ' },
      listing(),
      TODAY,
    );
    expect(plan.terms).toEqual({
      quantity: 40,
      unit: 'machine_hour',
      per: 'week',
      from: '2026-06-17',
      to: '2026-06-29',
      periods: [
        { start: '2026-06-15', end: '2026-06-21' },
        { start: '2026-06-22', end: '2026-06-28' },
        { start: '2026-06-29', end: '2026-07-05' },
      ],
      priceFen: 38_000,
      estimatedFeeFen: 38_000 * 40 * 3,
    });
    expect(plan.periods.map((p) => p.offered)).toEqual([100, 100, 100]);
    expect(plan.note).toBe('加急');
  });

  it.each([
    ['quantity missing', { from: '2026-06-17', to: '2026-06-20' }, {}, ['quantity']],
    ['quantity 0', { quantity: 0, from: '2026-06-17', to: '2026-06-20' }, {}, ['quantity']],
    ['quantity negative', { quantity: -3, from: '2026-06-17', to: '2026-06-20' }, {}, ['quantity']],
    ['quantity a string', { quantity: '3', from: '2026-06-17', to: '2026-06-20' }, {}, ['quantity']],
    ['four decimals', { quantity: 1.0005, from: '2026-06-17', to: '2026-06-20' }, {}, ['quantity']],
    [
      'half a piece',
      { quantity: 2.5, from: '2026-06-17', to: '2026-06-20' },
      { capacity: { quantity: 100, unit: 'piece', per: 'week' } },
      ['quantity'],
    ],
    ['to before from', { quantity: 1, from: '2026-06-20', to: '2026-06-17' }, {}, ['to']],
    ['a bad date', { quantity: 1, from: '2026-06-31', to: 'next week' }, {}, ['from', 'to']],
    ['inside the lead time', { quantity: 1, from: '2026-06-14', to: '2026-06-20' }, {}, ['from']],
    ['in the past', { quantity: 1, from: '2026-06-09', to: '2026-06-20' }, { leadTimeDays: 0 }, ['from']],
    ['a window longer than a year', { quantity: 1, from: '2026-06-17', to: '2027-06-17' }, {}, ['to']],
    ['starting more than a year ahead', { quantity: 1, from: '2027-06-11', to: '2027-06-12' }, {}, ['from']],
    [
      'below the minimum order in the same unit',
      { quantity: 5, from: '2026-06-17', to: '2026-06-20' },
      { minOrder: { quantity: 8, unit: 'machine_hour' } },
      ['quantity'],
    ],
    ['everything at once', { quantity: 0, from: 'x', to: 'y', note: 7 }, {}, ['quantity', 'from', 'to', 'note']],
  ] as const)('%s → 422 DEAL_INVALID naming %j', (_what, input, overrides, fields) => {
    expect(violationsOf(() => readReservationRequest(input, listing(overrides), TODAY))).toEqual(fields);
  });

  it.each([
    ['a minimum order in another unit is not compared', { minOrder: { quantity: 50, unit: 'piece' } }, 5],
    ['the minimum order exactly', { minOrder: { quantity: 5, unit: 'machine_hour' } }, 5],
    ['decimals of hours', {}, 2.125],
    ['from today with no lead time', { leadTimeDays: 0 }, 1],
  ] as const)('accepts %s', (_what, overrides, quantity) => {
    const from = 'leadTimeDays' in overrides ? TODAY : '2026-06-17';
    expect(readReservationRequest({ quantity, from, to: '2026-06-20' }, listing(overrides), TODAY).terms.quantity).toBe(
      quantity,
    );
  });

  it('names the periods not on offer (422 PERIOD_NOT_OFFERED)', () => {
    const offers = listing({
      capacity: { quantity: 100, unit: 'machine_hour', per: 'month' },
      periods: [
        { start: '2026-07-01', end: '2026-07-31', quantity: 60 },
        { start: '2026-09-01', end: '2026-09-30', quantity: 60 },
      ],
    });
    try {
      readReservationRequest({ quantity: 10, from: '2026-06-20', to: '2026-09-05' }, offers, TODAY);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(PeriodNotOfferedError);
      expect((error as PeriodNotOfferedError).code).toBe('PERIOD_NOT_OFFERED');
      expect((error as PeriodNotOfferedError).periods).toEqual([
        { start: '2026-06-01', end: '2026-06-30' },
        { start: '2026-08-01', end: '2026-08-31' },
      ]);
    }
  });

  it('checks the fields before the periods', () => {
    const offers = listing({ periods: [{ start: '2030-01-01', end: '2030-12-31', quantity: 1 }] });
    expect(
      violationsOf(() => readReservationRequest({ quantity: 0, from: '2026-06-17', to: '2026-06-20' }, offers, TODAY)),
    ).toEqual(['quantity']);
  });

  it.each([
    ['priced per capacity unit', { priceFen: 12_345, priceUnit: 'machine_hour' }, 12_345, 12_345 * 7 * 1],
    ['priced per another unit', { priceFen: 12_345, priceUnit: 'piece' }, null, null],
    ['negotiable', { priceFen: null, priceUnit: null }, null, null],
  ] as const)('fee when %s', (_what, price, priceFen, fee) => {
    const plan = readReservationRequest(
      { quantity: 7, from: '2026-06-17', to: '2026-06-17' },
      listing({}, price),
      TODAY,
    );
    expect(plan.terms.priceFen).toBe(priceFen);
    expect(plan.terms.estimatedFeeFen).toBe(fee);
  });
});

describe('estimateReservationFee', () => {
  it.each([
    [38_000, 40, 3, 4_560_000],
    [1, 0.5, 1, 1], // half a fen rounds up
    [1, 0.499, 1, 0],
    [999, 2.125, 4, 8492], // 8491.5 → 8492
    [333, 0.001, 1, 0],
    [3, 0.1, 1, 0], // 0.3 fen, no float drift
    [Number.MAX_SAFE_INTEGER, 1, 1, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER, 2, 1, null], // beyond a safe integer
    [null, 10, 2, null],
  ])('%p fen × %p × %p periods = %p', (price, quantity, periods, expected) => {
    expect(estimateReservationFee(price, quantity, periods)).toBe(expected);
  });
});

describe('readReservationCounter', () => {
  const current: ReservationTerms = {
    quantity: 40,
    unit: 'machine_hour',
    per: 'week',
    from: '2026-06-17',
    to: '2026-06-29',
    periods: [],
    priceFen: 38_000,
    estimatedFeeFen: 0,
  };

  it('keeps the window and price unless the counter names new ones', () => {
    const plan = readReservationCounter({ quantity: 30 }, current, listing(), TODAY, 'provider');
    expect(plan.terms).toMatchObject({ quantity: 30, from: current.from, to: current.to, priceFen: 38_000 });
    expect(plan.terms.periods).toHaveLength(3);
    expect(plan.terms.estimatedFeeFen).toBe(38_000 * 30 * 3);
  });

  it('takes a new window and price', () => {
    const plan = readReservationCounter(
      { quantity: 30, from: '2026-06-22', to: '2026-06-28', priceFen: 35_000 },
      current,
      listing(),
      TODAY,
      'requester',
    );
    expect(plan.terms).toMatchObject({ from: '2026-06-22', to: '2026-06-28', priceFen: 35_000 });
    expect(plan.terms.estimatedFeeFen).toBe(35_000 * 30);
  });

  it('lets the provider waive its own lead time and minimum order, not the requester', () => {
    const strict = listing({ minOrder: { quantity: 50, unit: 'machine_hour' } });
    const body = { quantity: 10, from: '2026-06-11', to: '2026-06-12' };
    expect(readReservationCounter(body, current, strict, TODAY, 'provider').terms.quantity).toBe(10);
    expect(violationsOf(() => readReservationCounter(body, current, strict, TODAY, 'requester'))).toEqual([
      'from',
      'quantity',
    ]);
  });

  it.each([
    ['no quantity', {}, ['quantity']],
    ['an unknown field', { quantity: 1, start: '2026-06-20' }, ['start']],
    ['a negative price', { quantity: 1, priceFen: -1 }, ['priceFen']],
    ['a fractional price', { quantity: 1, priceFen: 1.5 }, ['priceFen']],
    ['a window in the past', { quantity: 1, from: '2026-06-01' }, ['from']],
  ])('%s → 422 naming %j', (_what, body, fields) => {
    expect(violationsOf(() => readReservationCounter(body, current, listing(), TODAY, 'provider'))).toEqual(fields);
  });

  it('refuses a body that is not an object', () => {
    expect(violationsOf(() => readReservationCounter([1], current, listing(), TODAY, 'provider'))).toEqual(['body']);
  });
});

describe('capacityListingOf', () => {
  it('reads a listing view, defaulting what older details left out', () => {
    expect(
      capacityListingOf({
        priceFen: null,
        priceUnit: null,
        details: { capacity: { quantity: 5, unit: 'tonne', per: 'month' }, leadTimeDays: 3 },
      }),
    ).toEqual({
      priceFen: null,
      priceUnit: null,
      offering: {
        capacity: { quantity: 5, unit: 'tonne', per: 'month' },
        minOrder: null,
        leadTimeDays: 3,
        periods: [],
      },
    });
  });
});

describe('CapacityExceededError', () => {
  it('carries each short period', () => {
    const error = new CapacityExceededError([
      { periodStart: '2026-06-15', periodEnd: '2026-06-21', offered: 10, remaining: 0 },
    ]);
    expect(error.details).toEqual({ periods: error.periods });
    expect(error.kind).toBe('conflict');
  });
});
