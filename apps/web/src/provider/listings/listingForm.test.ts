import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  fenOf,
  fieldAliases,
  formFieldFor,
  regionCodeOf,
  regionPathOf,
  toFormValues,
  toListingBody,
} from './listingForm';

describe('yuan to fen', () => {
  it.each([
    [1234.56, 123456],
    ['1,234.5', 123450],
    [0.1, 10],
    [0.29, 29],
    [19.99, 1999],
    [1.005, 101],
    [0, 0],
  ])('%s yuan is %s fen', (yuan, fen) => expect(fenOf(yuan)).toBe(fen));

  it('leaves an empty amount empty (negotiable), not zero', () => {
    expect(fenOf(undefined)).toBeNull();
    expect(fenOf(null)).toBeNull();
    expect(fenOf('')).toBeNull();
  });

  it('sends every amount of a patent in fen and reads them back in yuan', () => {
    const body = toListingBody('ip', {
      title: '一种包覆方法',
      priceYuan: 50000,
      priceUnit: 'licence',
      details: {
        patentNumber: '201910947313.0',
        transactionTypes: ['ordinary_licence'],
        openLicence: { declared: true, royalty: { upfrontFeeYuan: 1234.56, royaltyPercent: 3.5 } },
        licenceTerms: { upfrontFeeYuan: 0.07, territory: '中国大陆' },
        filingDate: dayjs('2019-10-16'),
      },
    });
    expect(body.priceFen).toBe(5_000_000);
    expect(body.details).toMatchObject({
      openLicence: {
        declared: true,
        royalty: { upfrontFeeFen: 123456, annualFeeFen: null, royaltyPercent: 3.5, perUnitFen: null },
      },
      licenceTerms: { upfrontFeeFen: 7, territory: '中国大陆', termMonths: null },
      filingDate: '2019-10-16',
    });
    const back = toFormValues('ip', { ...body, details: body.details });
    expect(back.priceYuan).toBe(50000);
    expect(back.details.openLicence?.royalty?.upfrontFeeYuan).toBe(1234.56);
    expect(back.details.licenceTerms?.upfrontFeeYuan).toBe(0.07);
  });

  it("sends an equipment's hourly rate in fen and its calendar as the API spells it", () => {
    const body = toListingBody('equipment', {
      details: {
        serviceModes: ['self_operated'],
        hourlyRateYuan: 480.5,
        booking: {
          slotMinutes: 60,
          openingHours: {
            mon: [
              { start: '09:00', end: '12:00' },
              { start: '13:00', end: '18:00' },
            ],
            sat: [],
          },
          blackoutDates: [dayjs('2027-01-01')],
        },
      },
    });
    expect(body.details).toMatchObject({
      hourlyRateFen: 48050,
      booking: {
        slotMinutes: 60,
        maxMinutes: null,
        openingHours: {
          mon: [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '18:00' },
          ],
          sat: [],
          sun: [],
        },
        blackoutDates: ['2027-01-01'],
      },
    });
  });

  it('says negotiable as no price and no unit', () => {
    const body = toListingBody('capacity', { priceYuan: null, details: {} });
    expect(body).toMatchObject({ priceFen: null, priceUnit: null });
  });
});

describe('regions', () => {
  it('pads a city to its six-digit code and keeps a district inside the chosen city', () => {
    expect(regionCodeOf(['32', '3205'])).toBe('320500');
    expect(regionCodeOf(['32'])).toBe('320000');
    expect(regionCodeOf(['32', '3205'], '320594')).toBe('320594');
    expect(regionCodeOf(['33', '3301'], '320594')).toBe('330100');
    expect(regionCodeOf(undefined, '320594')).toBeUndefined();
    expect(regionPathOf('320594')).toEqual(['32', '3205', '320594']);
    expect(regionPathOf('320500')).toEqual(['32', '3205']);
    expect(regionPathOf('330000')).toEqual(['33']);
  });
});

describe("the API's field names to the form's", () => {
  const registered = new Set([
    'priceYuan',
    'priceUnit',
    'region',
    'details.patentNumber',
    'details.capacity.quantity',
    'details.periods',
    'details.periods.0.start',
    'details.periods.0.end',
    'details.maxPartSizeMm.0',
    'details.maxPartSizeMm.1',
    'details.hourlyRateYuan',
    'details.booking.openingHours.mon',
    'details.booking.openingHours.mon.0.start',
    'details.booking.openingHours.mon.0.end',
    'details.booking.blackoutDates',
    'details.openLicence.declared',
    'details.openLicence.royalty.upfrontFeeYuan',
    'details.licenceTerms.upfrontFeeYuan',
  ]);

  it.each([
    ['priceFen', 'priceYuan'],
    ['regionCode', 'region'],
    ['details.patentNumber', 'details.patentNumber'],
    ['details.capacity.quantity', 'details.capacity.quantity'],
    ['details.periods[0].end', 'details.periods.0.end'],
    ['details.periods', 'details.periods'],
    ['details.maxPartSizeMm[1]', 'details.maxPartSizeMm.1'],
    ['details.maxPartSizeMm', 'details.maxPartSizeMm.0'],
    ['details.hourlyRateFen', 'details.hourlyRateYuan'],
    ['details.booking.openingHours.mon[0]', 'details.booking.openingHours.mon.0.end'],
    ['details.booking.openingHours.mon[0].start', 'details.booking.openingHours.mon.0.start'],
    ['details.booking.openingHours.mon', 'details.booking.openingHours.mon'],
    ['details.booking.blackoutDates[3]', 'details.booking.blackoutDates'],
    ['details.openLicence', 'details.openLicence.declared'],
    ['details.openLicence.royalty', 'details.openLicence.royalty.upfrontFeeYuan'],
    ['details.openLicence.royalty.upfrontFeeFen', 'details.openLicence.royalty.upfrontFeeYuan'],
    ['details.licenceTerms.upfrontFeeFen', 'details.licenceTerms.upfrontFeeYuan'],
  ])('%s is shown at %s', (server, form) => expect(formFieldFor(server, registered)).toBe(form));

  it('leaves a field the form does not have to the message', () => {
    expect(formFieldFor('version', registered)).toBeUndefined();
    expect(formFieldFor('details', registered)).toBeUndefined();
  });

  it("builds showProblem's aliases from the form's registered names", () => {
    expect(
      fieldAliases(
        ['priceFen', 'details.periods[0].start', 'externalRef'],
        [['priceYuan'], ['details', 'periods', 0, 'start']],
      ),
    ).toEqual({ priceFen: 'priceYuan', 'details.periods[0].start': 'details.periods.0.start' });
  });
});
