import { ReasonRequiredError } from '@rongtong/kernel';
import {
  bookingMinutes,
  convertQuantity,
  firstFit,
  licencePrefill,
  reservationPrefill,
  sampleTestPrefill,
  windowInstants,
} from './deal-prefill';
import { type DemandContentOf, readDemand } from './demand';
import { readDismissReason } from './match';
import { DemandValidationError, MatchNotAcceptableError, NoFreeSlotError } from './matching.errors';

const TODAY = '2026-03-15';
const target = { listingId: 'listing-1', organizationId: 'sme-1' };

const capacity = readDemand(
  {
    kind: 'capacity',
    title: '铝壳加工',
    description: '6061',
    details: { quantity: 400, unit: 'machine_hour', per: 'month', from: '2026-04-01', to: '2026-06-30' },
  },
  { today: TODAY },
) as DemandContentOf<'capacity'>;

describe('reservationPrefill', () => {
  it('reserves the demanded quantity over the window in the same period', () => {
    expect(
      reservationPrefill(capacity, target, { unit: 'machine_hour', per: 'month', leadTimeDays: 7 }, TODAY),
    ).toEqual({
      kind: 'reservation',
      input: { ...target, quantity: 400, from: '2026-04-01', to: '2026-06-30', note: 'From demand: 铝壳加工' },
    });
  });

  it('converts a monthly need to weekly, and starts no earlier than the lead time allows', () => {
    const prefill = reservationPrefill(
      capacity,
      target,
      { unit: 'machine_hour', per: 'week', leadTimeDays: 30 },
      TODAY,
    );
    expect(prefill.input).toMatchObject({ quantity: 92.308, from: '2026-04-14', to: '2026-06-30' });
  });

  it('refuses another unit (422 UNIT_MISMATCH) and a window the lead time cannot reach (422 WINDOW_TOO_SOON)', () => {
    expect(() => reservationPrefill(capacity, target, { unit: 'piece', per: 'month', leadTimeDays: 0 }, TODAY)).toThrow(
      expect.objectContaining({ code: 'UNIT_MISMATCH' }),
    );
    expect(() =>
      reservationPrefill(capacity, target, { unit: 'machine_hour', per: 'month', leadTimeDays: 120 }, TODAY),
    ).toThrow(MatchNotAcceptableError);
  });
});

describe('convertQuantity', () => {
  it.each([
    [400, 'month', 'month', 'machine_hour', 400],
    [120, 'month', 'week', 'machine_hour', 27.693],
    [100, 'week', 'month', 'tonne', 433.334],
    [1200, 'month', 'week', 'piece', 277],
    [5, 'week', 'month', 'piece', 22],
    [12, 'week', 'month', 'piece', 52],
  ] as const)('%d per %s is %d per %s in %s (rounded up)', (quantity, from, to, unit, expected) => {
    expect(convertQuantity(quantity, from, to, unit)).toBe(expected);
  });
});

describe('licencePrefill', () => {
  const ip = (details: Record<string, unknown>, budgetFen?: number) =>
    readDemand(
      {
        kind: 'ip',
        title: '专利许可',
        description: '动力电池',
        budgetFen,
        details: { technologyField: '正极材料', licenceType: 'sole_licence', territory: '32', ...details },
      },
      { today: TODAY },
    ) as DemandContentOf<'ip'>;

  it('asks for the demanded terms with the budget as upfront fee, no royalty', () => {
    expect(licencePrefill(ip({ fieldOfUse: '储能', termMonths: 36 }, 20_000_000), target).input).toEqual({
      ...target,
      licenceType: 'sole_licence',
      territory: '32',
      fieldOfUse: '储能',
      termMonths: 36,
      upfrontFeeFen: 20_000_000,
      royaltyPercent: 0,
      note: 'From demand: 专利许可',
    });
  });

  it('defaults the term to a year and the fee to 0', () => {
    expect(licencePrefill(ip({}), target).input).toMatchObject({ termMonths: 12, upfrontFeeFen: 0, fieldOfUse: 'all' });
  });
});

describe('equipment prefills', () => {
  it('sends the demanded samples and test items', () => {
    const demand = readDemand(
      {
        kind: 'equipment',
        title: '盐雾',
        description: '涂层',
        details: {
          serviceMode: 'sample_testing',
          samples: 2,
          testItems: ['盐雾 480h'],
          from: '2026-03-20',
          to: '2026-04-20',
        },
      },
      { today: TODAY },
    ) as DemandContentOf<'equipment'>;
    expect(sampleTestPrefill(demand, target)).toEqual({
      kind: 'booking',
      input: {
        ...target,
        serviceMode: 'sample_testing',
        samples: 2,
        testItems: ['盐雾 480h'],
        note: 'From demand: 盐雾',
      },
    });
  });

  it.each([
    [4, { slotMinutes: 30, minMinutes: 60, maxMinutes: 480 }, 240],
    [1.2, { slotMinutes: 30, minMinutes: 30, maxMinutes: null }, 90],
    [0.25, { slotMinutes: 15, minMinutes: 60, maxMinutes: null }, 60],
  ])('books %d hours as %#: %d minutes on the grid', (hours, rules, minutes) => {
    expect(bookingMinutes(hours, rules)).toBe(minutes);
  });

  it('cannot book more than the longest booking allowed (409 NO_FREE_SLOT)', () => {
    expect(() => bookingMinutes(10, { slotMinutes: 30, minMinutes: 30, maxMinutes: 480 })).toThrow(NoFreeSlotError);
  });

  it('takes the first free interval long enough, from its start', () => {
    const at = (time: string) => new Date(`2026-03-20T${time}:00+08:00`);
    const free = [
      { start: at('09:00'), end: at('10:00') },
      { start: at('11:00'), end: at('15:00') },
      { start: at('16:00'), end: at('18:00') },
    ];
    expect(firstFit(free, 120)).toEqual({ start: at('11:00'), end: at('13:00') });
    expect(firstFit(free, 60)).toEqual({ start: at('09:00'), end: at('10:00') });
    expect(firstFit(free, 300)).toBeUndefined();
  });

  it('reads a window of China dates as instants, the last day included', () => {
    expect(windowInstants('2026-03-20', '2026-03-21')).toEqual({
      start: new Date('2026-03-19T16:00:00Z'),
      end: new Date('2026-03-21T16:00:00Z'),
    });
  });
});

describe('readDismissReason', () => {
  it.each([undefined, null, '', '   ', 42])('requires a reason: %p', (reason) => {
    expect(() => readDismissReason(reason)).toThrow(ReasonRequiredError);
  });

  it('trims it, and refuses an essay', () => {
    expect(readDismissReason('  距离太远 ')).toBe('距离太远');
    expect(() => readDismissReason('x'.repeat(2001))).toThrow(DemandValidationError);
  });
});
