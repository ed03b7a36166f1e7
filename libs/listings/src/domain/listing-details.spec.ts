import { defaultBookingRules } from './booking-rules';
import { validateCapacityDetails } from './capacity-details';
import { validateEquipmentDetails } from './equipment-details';
import { type IpValidationOptions, validateIpDetails } from './ip-details';
import { validateListingDetails, validateListingPrice } from './listing-details';
import type { ListingKind } from './listing-kind';
import {
  ListingValidationError,
  type ListingViolation,
  OpenLicenceConflictError,
  PatentTypeMismatchError,
} from './listings.errors';

// Corpus rows C001, E001 and P001, as a client would send them.
const CAPACITY = {
  process: '五轴CNC加工',
  materials: ['钛合金TC4', '铝合金7075', '不锈钢316L'],
  capacity: { quantity: 1800, unit: 'machine_hour', per: 'month' },
  maxPartSizeMm: [650, 650, 500],
  toleranceMm: 0.005,
  certifications: ['ISO 9001', 'ISO 13485'],
  minOrder: { quantity: 1, unit: 'piece' },
  leadTimeDays: 10,
};
const EQUIPMENT = {
  manufacturer: '蔡司 Zeiss',
  model: 'Sigma 300',
  serviceModes: ['technician_operated', 'self_operated'],
  hourlyRateFen: 60000,
  turnaroundDays: 3,
  requiresTraining: true,
};
const IP = {
  patentNumber: '201910947313.0',
  patentType: 'invention',
  legalStatus: 'granted',
  transactionTypes: ['exclusive_licence', 'assignment'],
  openLicence: false,
  ipc: ['H01M 4/36', 'H01M 4/525', 'H01M 10/0525'],
};
const BASE: Record<ListingKind, object> = { capacity: CAPACITY, equipment: EQUIPMENT, ip: IP };

const REMOVE = Symbol('remove');

/** A copy of `base` with each dotted path set to its value, or removed. */
function edit(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let target = copy;
    for (const key of keys) {
      target[key] ??= {};
      target = target[key] as Record<string, unknown>;
    }
    if (value === REMOVE) delete target[last];
    else target[last] = value;
  }
  return copy;
}

function refusal(fn: () => unknown): ListingValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ListingValidationError) return error;
    throw error;
  }
  throw new Error('expected a ListingValidationError');
}

function fieldsOf(error: ListingValidationError): string[] {
  return error.violations.map((v) => v.field);
}

describe('validateListingDetails', () => {
  it.each(['capacity', 'equipment', 'ip'] as const)('accepts the %s example as it is', (kind) => {
    expect(validateListingDetails(kind, BASE[kind])).toMatchObject(
      // The corpus's boolean shorthand comes back as the full form.
      kind === 'ip' ? { ...IP, openLicence: { declared: false, royalty: null } } : BASE[kind],
    );
  });

  it.each<[ListingKind, unknown]>([
    ['capacity', undefined],
    ['capacity', null],
    ['equipment', 'SEM'],
    ['ip', ['201910947313.0']],
  ])('%s: refuses details %p, naming details', (kind, details) => {
    const error = refusal(() => validateListingDetails(kind, details));
    expect(fieldsOf(error)).toEqual(['details']);
    expect(error).toMatchObject({ code: 'LISTING_INVALID', kind: 'unprocessable' });
  });

  it('names every bad field at once, not just the first', () => {
    const error = refusal(() =>
      validateCapacityDetails(edit(CAPACITY, { process: '', 'capacity.quantity': 0, leadTimeDays: -1, colour: 'red' })),
    );
    expect(fieldsOf(error).sort()).toEqual([
      'details.capacity.quantity',
      'details.colour',
      'details.leadTimeDays',
      'details.process',
    ]);
    expect(error.message).toContain('details.capacity.quantity: must be greater than 0');
    expect(error.details).toEqual({ errors: error.violations });
  });
});

// [what, changes to the example, the field named]
type Failure = [string, Record<string, unknown>, string];

describe('capacity details', () => {
  it.each<Failure>([
    ['process missing', { process: REMOVE }, 'details.process'],
    ['process blank', { process: '   ' }, 'details.process'],
    ['process not text', { process: 5 }, 'details.process'],
    ['materials not a list', { materials: '钛合金' }, 'details.materials'],
    ['a blank material', { materials: ['钛合金', ''] }, 'details.materials.1'],
    ['capacity missing', { capacity: REMOVE }, 'details.capacity'],
    ['capacity quantity zero', { 'capacity.quantity': 0 }, 'details.capacity.quantity'],
    ['capacity quantity negative', { 'capacity.quantity': -5 }, 'details.capacity.quantity'],
    ['capacity quantity missing', { 'capacity.quantity': REMOVE }, 'details.capacity.quantity'],
    ['half a piece', { 'capacity.unit': 'piece', 'capacity.quantity': 1.5 }, 'details.capacity.quantity'],
    ['capacity unit unknown', { 'capacity.unit': 'kg' }, 'details.capacity.unit'],
    ['capacity per day', { 'capacity.per': 'day' }, 'details.capacity.per'],
    ['an unknown capacity field', { 'capacity.perWeek': 400 }, 'details.capacity.perWeek'],
    ['part size of two axes', { maxPartSizeMm: [650, 650] }, 'details.maxPartSizeMm'],
    ['part size zero on y', { maxPartSizeMm: [650, 0, 500] }, 'details.maxPartSizeMm.1'],
    ['part size as text', { maxPartSizeMm: '650x650x500' }, 'details.maxPartSizeMm'],
    ['tolerance zero', { toleranceMm: 0 }, 'details.toleranceMm'],
    ['tolerance as text', { toleranceMm: '±0.01' }, 'details.toleranceMm'],
    ['a blank certification', { certifications: [''] }, 'details.certifications.0'],
    ['minimum order zero', { 'minOrder.quantity': 0 }, 'details.minOrder.quantity'],
    ['minimum order in litres', { 'minOrder.unit': 'litre' }, 'details.minOrder.unit'],
    ['minimum order of 2.5 sets', { minOrder: { quantity: 2.5, unit: 'set' } }, 'details.minOrder.quantity'],
    ['lead time missing', { leadTimeDays: REMOVE }, 'details.leadTimeDays'],
    ['lead time negative', { leadTimeDays: -1 }, 'details.leadTimeDays'],
    ['lead time fractional', { leadTimeDays: 2.5 }, 'details.leadTimeDays'],
    ['a misspelt field', { leadtimeDays: 10 }, 'details.leadtimeDays'],
  ])('refuses %s', (_, changes, field) => {
    const error = refusal(() => validateCapacityDetails(edit(CAPACITY, changes)));
    expect(fieldsOf(error)).toEqual([field]);
    expect(error.code).toBe('LISTING_INVALID');
  });

  it('fills what may be left out', () => {
    const details = validateCapacityDetails({
      process: ' 焊接 ',
      capacity: { quantity: 3000, unit: 'piece', per: 'month' },
      leadTimeDays: 0,
    });
    expect(details).toEqual({
      process: '焊接',
      materials: [],
      capacity: { quantity: 3000, unit: 'piece', per: 'month' },
      maxPartSizeMm: null,
      toleranceMm: null,
      certifications: [],
      minOrder: null,
      periods: [],
      leadTimeDays: 0,
    });
  });

  it('normalises certifications and drops duplicates', () => {
    const details = validateCapacityDetails(
      edit(CAPACITY, { certifications: ['iso9001', 'ISO 9001', 'IATF16949', ' NADCAP '] }),
    );
    expect(details.certifications).toEqual(['ISO 9001', 'IATF 16949', 'NADCAP']);
  });

  it('allows fractional tonnes and kilograms as the minimum order (heat treatment)', () => {
    const details = validateCapacityDetails(
      edit(CAPACITY, {
        capacity: { quantity: 0.5, unit: 'tonne', per: 'week' },
        minOrder: { quantity: 20, unit: 'kg' },
        toleranceMm: null,
      }),
    );
    expect(details.capacity).toEqual({ quantity: 0.5, unit: 'tonne', per: 'week' });
    expect(details.minOrder).toEqual({ quantity: 20, unit: 'kg' });
  });
});

describe('equipment details', () => {
  it.each<Failure>([
    ['manufacturer missing', { manufacturer: REMOVE }, 'details.manufacturer'],
    ['model blank', { model: ' ' }, 'details.model'],
    ['no service modes', { serviceModes: [] }, 'details.serviceModes'],
    ['service modes missing', { serviceModes: REMOVE }, 'details.serviceModes'],
    ['an unknown service mode', { serviceModes: ['remote_control'] }, 'details.serviceModes.0'],
    ['a negative hourly rate', { hourlyRateFen: -1 }, 'details.hourlyRateFen'],
    ['an hourly rate in yuan with cents', { hourlyRateFen: 600.5 }, 'details.hourlyRateFen'],
    ['a negative turnaround', { turnaroundDays: -1 }, 'details.turnaroundDays'],
    ['training as text', { requiresTraining: 'yes' }, 'details.requiresTraining'],
    ['an unknown booking field', { 'booking.noShowFee': 100 }, 'details.booking.noShowFee'],
    ['booking not an object', { booking: 'weekdays' }, 'details.booking'],
    ['7-minute slots', { 'booking.slotMinutes': 7 }, 'details.booking.slotMinutes'],
    ['zero-minute slots', { 'booking.slotMinutes': 0 }, 'details.booking.slotMinutes'],
    ['a minimum off the slot grid', { 'booking.minMinutes': 45 }, 'details.booking.minMinutes'],
    ['a minimum below one slot', { 'booking.minMinutes': 15 }, 'details.booking.minMinutes'],
    [
      'a maximum below the minimum',
      { 'booking.minMinutes': 120, 'booking.maxMinutes': 60 },
      'details.booking.maxMinutes',
    ],
    ['a maximum off the grid', { 'booking.maxMinutes': 100 }, 'details.booking.maxMinutes'],
    ['a negative lead time', { 'booking.leadTimeHours': -1 }, 'details.booking.leadTimeHours'],
    ['a negative buffer', { 'booking.bufferMinutes': -5 }, 'details.booking.bufferMinutes'],
    [
      'a fractional cancellation cutoff',
      { 'booking.cancellationCutoffHours': 1.5 },
      'details.booking.cancellationCutoffHours',
    ],
    ['instant booking as text', { 'booking.instantBook': 'true' }, 'details.booking.instantBook'],
    ['an unknown time zone', { 'booking.timeZone': 'Mars/Olympus' }, 'details.booking.timeZone'],
    [
      'a day that is not a weekday key',
      { 'booking.openingHours': { monday: [] } },
      'details.booking.openingHours.monday',
    ],
    [
      'hours that end before they start',
      { 'booking.openingHours': { mon: [{ start: '18:00', end: '09:00' }] } },
      'details.booking.openingHours.mon.0',
    ],
    [
      'an hour without its leading zero',
      { 'booking.openingHours': { mon: [{ start: '9:00', end: '18:00' }] } },
      'details.booking.openingHours.mon.0.start',
    ],
    [
      'an end past midnight',
      { 'booking.openingHours': { mon: [{ start: '09:00', end: '24:30' }] } },
      'details.booking.openingHours.mon.0.end',
    ],
    [
      'hours off the 30-minute grid',
      { 'booking.openingHours': { mon: [{ start: '09:15', end: '18:00' }] } },
      'details.booking.openingHours.mon.0',
    ],
    [
      'overlapping hours',
      {
        'booking.openingHours': {
          tue: [
            { start: '13:00', end: '18:00' },
            { start: '09:00', end: '13:30' },
          ],
        },
      },
      'details.booking.openingHours.tue',
    ],
    ['closed all week though bookable by the hour', { 'booking.openingHours': {} }, 'details.booking.openingHours'],
    [
      'a blackout date that does not exist',
      { 'booking.blackoutDates': ['2026-10-01', '2026-02-30'] },
      'details.booking.blackoutDates.1',
    ],
  ])('refuses %s', (_, changes, field) => {
    const error = refusal(() => validateEquipmentDetails(edit(EQUIPMENT, changes)));
    expect(fieldsOf(error)).toEqual([field]);
    expect(error.code).toBe('LISTING_INVALID');
  });

  it('gives booking rules their documented defaults', () => {
    const { booking } = validateEquipmentDetails(EQUIPMENT);
    expect(booking).toEqual(defaultBookingRules());
    expect(booking).toEqual({
      slotMinutes: 30,
      minMinutes: 30,
      maxMinutes: null,
      leadTimeHours: 24,
      horizonDays: 365,
      bufferMinutes: 0,
      cancellationCutoffHours: 24,
      instantBook: false,
      timeZone: 'Asia/Shanghai',
      openingHours: {
        mon: [{ start: '09:00', end: '18:00' }],
        tue: [{ start: '09:00', end: '18:00' }],
        wed: [{ start: '09:00', end: '18:00' }],
        thu: [{ start: '09:00', end: '18:00' }],
        fri: [{ start: '09:00', end: '18:00' }],
        sat: [],
        sun: [],
      },
      blackoutDates: [],
      publicHolidays: 'closed',
      makeUpWorkdays: 'open',
    });
  });

  it('fills booking rules left out field by field, the minimum from the slot', () => {
    const { booking } = validateEquipmentDetails(
      edit(EQUIPMENT, {
        booking: {
          slotMinutes: 60,
          instantBook: true,
          timeZone: 'asia/shanghai',
          openingHours: {
            sat: [
              { start: '13:00', end: '24:00' },
              { start: '08:00', end: '12:00' },
            ],
          },
          blackoutDates: ['2026-10-02', '2026-10-01', '2026-10-02'],
        },
      }),
    );
    expect(booking).toEqual({
      ...defaultBookingRules(),
      slotMinutes: 60,
      minMinutes: 60,
      instantBook: true,
      timeZone: 'Asia/Shanghai',
      openingHours: {
        mon: [],
        tue: [],
        wed: [],
        thu: [],
        fri: [],
        sat: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '24:00' },
        ],
        sun: [],
      },
      blackoutDates: ['2026-10-01', '2026-10-02'],
    });
  });

  it('lets sample-testing-only equipment keep no opening hours', () => {
    const details = validateEquipmentDetails(
      edit(EQUIPMENT, { serviceModes: ['sample_testing'], 'booking.openingHours': {} }),
    );
    expect(details.booking.openingHours.mon).toEqual([]);
  });

  it.each<[string[], boolean]>([
    [['self_operated'], true],
    [['technician_operated', 'self_operated'], true],
    [['technician_operated'], false],
    [['sample_testing'], false],
  ])('defaults requiresTraining for %p to %s', (serviceModes, required) => {
    const details = validateEquipmentDetails(edit(EQUIPMENT, { serviceModes, requiresTraining: REMOVE }));
    expect(details.requiresTraining).toBe(required);
  });

  it('drops repeated service modes and leaves unstated rate and turnaround null', () => {
    const details = validateEquipmentDetails(
      edit(EQUIPMENT, {
        serviceModes: ['sample_testing', 'sample_testing', 'technician_operated'],
        hourlyRateFen: REMOVE,
        turnaroundDays: null,
      }),
    );
    expect(details.serviceModes).toEqual(['sample_testing', 'technician_operated']);
    expect(details.hourlyRateFen).toBeNull();
    expect(details.turnaroundDays).toBeNull();
  });
});

describe('ip details', () => {
  // [what, changes, field, the violation's own code if a named rule]
  it.each<[...Failure, string | undefined]>([
    ['patent number missing', { patentNumber: REMOVE }, 'details.patentNumber', undefined],
    ['a wrong check digit', { patentNumber: '201910947313.1' }, 'details.patentNumber', 'PATENT_NUMBER_INVALID'],
    ['a pre-2003 number', { patentNumber: '02123456.7' }, 'details.patentNumber', 'PATENT_NUMBER_INVALID'],
    ['an unknown patent type', { patentType: 'trademark' }, 'details.patentType', undefined],
    ['legal status missing', { legalStatus: REMOVE }, 'details.legalStatus', undefined],
    ['a lapsed legal status', { legalStatus: 'lapsed' }, 'details.legalStatus', undefined],
    ['no transaction types', { transactionTypes: [] }, 'details.transactionTypes', undefined],
    ['an unknown transaction type', { transactionTypes: ['franchise'] }, 'details.transactionTypes.0', undefined],
    ['open licence as text', { openLicence: 'yes' }, 'details.openLicence', undefined],
    [
      'royalty terms without a declaration',
      { openLicence: { declared: false, royalty: { annualFeeFen: 100 } } },
      'details.openLicence.royalty',
      undefined,
    ],
    [
      'royalty terms that state nothing',
      { transactionTypes: ['ordinary_licence'], openLicence: { declared: true, royalty: {} } },
      'details.openLicence.royalty',
      undefined,
    ],
    [
      'a royalty over 100%',
      {
        transactionTypes: ['ordinary_licence'],
        openLicence: { declared: true, royalty: { royaltyPercent: 120 } },
      },
      'details.openLicence.royalty.royaltyPercent',
      undefined,
    ],
    ['an IPC symbol without its slash', { ipc: ['H01M 4525'] }, 'details.ipc.0', undefined],
    ['an IPC section past H', { ipc: ['Z01M 4/525'] }, 'details.ipc.0', undefined],
    ['a Locarno class on an invention', { locarno: '12-16' }, 'details.locarno', undefined],
    ['a filing date that does not exist', { filingDate: '2019-02-30' }, 'details.filingDate', undefined],
    ['a filing date after the number year', { filingDate: '2020-01-02' }, 'details.filingDate', undefined],
    ['a filing date two years before the number year', { filingDate: '2017-12-31' }, 'details.filingDate', undefined],
    ['a PCT entry without its filing date', { patentNumber: '201080063196.9' }, 'details.filingDate', undefined],
    [
      'licence terms when only assignment is offered',
      { transactionTypes: ['assignment'], licenceTerms: { territory: '中国大陆' } },
      'details.licenceTerms',
      undefined,
    ],
    ['a zero licence term', { 'licenceTerms.termMonths': 0 }, 'details.licenceTerms.termMonths', undefined],
    ['an unknown licence term', { 'licenceTerms.exclusivity': true }, 'details.licenceTerms.exclusivity', undefined],
  ])('refuses %s', (_, changes, field, code) => {
    const error = refusal(() => validateIpDetails(edit(IP, changes)));
    expect(error.violations).toEqual([{ field, message: expect.any(String), ...(code && { code }) }]);
    // A single named-rule violation surfaces that rule's code; anything else is LISTING_INVALID.
    expect(error.code).toBe(code === 'PATENT_NUMBER_INVALID' ? code : 'LISTING_INVALID');
  });

  it('refuses a design with IPC symbols, and a Locarno class outside 01–32 and 99', () => {
    const design = { ...IP, patentNumber: '202231748767.4', patentType: 'design' };
    expect(fieldsOf(refusal(() => validateIpDetails({ ...design, ipc: ['B60B 1/00'] })))).toEqual(['details.ipc']);
    for (const locarno of ['33-01', '00-01', '12.16', 'class 12']) {
      expect(fieldsOf(refusal(() => validateIpDetails({ ...design, ipc: [], locarno })))).toEqual(['details.locarno']);
    }
  });

  it.each<[string, string, string, string | undefined]>([
    ['invention stated, utility model number', '202120722683.7', 'invention', undefined],
    ['design stated, invention number', '201910947313.0', 'design', undefined],
    ['utility model stated, PCT invention number', '201080063196.9', 'utility_model', '2008-04-03'],
  ])('PATENT_TYPE_MISMATCH: %s', (_, patentNumber, patentType, filingDate) => {
    const error = refusal(() => validateIpDetails({ ...IP, patentNumber, patentType, filingDate }));
    expect(error).toBeInstanceOf(PatentTypeMismatchError);
    expect(error).toMatchObject({ code: 'PATENT_TYPE_MISMATCH', kind: 'unprocessable' });
    expect(error.violations).toEqual([
      {
        field: 'details.patentType',
        message: expect.stringContaining(patentNumber),
        code: 'PATENT_TYPE_MISMATCH',
      },
    ]);
  });

  const OPEN = { ...IP, transactionTypes: ['ordinary_licence'], openLicence: true };

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'and an exclusive licence',
      { transactionTypes: ['ordinary_licence', 'exclusive_licence'] },
      ['details.transactionTypes'],
    ],
    ['and a sole licence', { transactionTypes: ['sole_licence', 'ordinary_licence'] }, ['details.transactionTypes']],
    ['without an ordinary licence', { transactionTypes: ['assignment'] }, ['details.transactionTypes']],
    [
      'with only exclusive licences: both complaints',
      { transactionTypes: ['exclusive_licence'] },
      ['details.transactionTypes', 'details.transactionTypes'],
    ],
    ['on a pending application', { legalStatus: 'pending' }, ['details.openLicence']],
    [
      'declared as an object',
      {
        openLicence: { declared: true, royalty: { annualFeeFen: 8000000 } },
        transactionTypes: ['exclusive_licence', 'ordinary_licence'],
      },
      ['details.transactionTypes'],
    ],
  ])('OPEN_LICENCE_CONFLICT: an open licence %s', (_, changes, fields) => {
    const error = refusal(() => validateIpDetails(edit(OPEN, changes)));
    expect(error).toBeInstanceOf(OpenLicenceConflictError);
    expect(error.code).toBe('OPEN_LICENCE_CONFLICT');
    expect(fieldsOf(error)).toEqual(fields);
    expect(error.violations.every((v: ListingViolation) => v.code === 'OPEN_LICENCE_CONFLICT')).toBe(true);
  });

  it('reports two different rules broken at once as LISTING_INVALID, each violation with its code', () => {
    const error = refusal(() =>
      validateIpDetails({
        ...OPEN,
        patentType: 'design',
        transactionTypes: ['exclusive_licence', 'ordinary_licence'],
      }),
    );
    expect(error.constructor).toBe(ListingValidationError);
    expect(error.code).toBe('LISTING_INVALID');
    expect(error.violations.map((v) => v.code).sort()).toEqual(['OPEN_LICENCE_CONFLICT', 'PATENT_TYPE_MISMATCH']);
  });

  it('normalises the number, derives the type, and fills the defaults', () => {
    const details = validateIpDetails({
      patentNumber: 'ZL 2019 1 0947313.0',
      legalStatus: 'granted',
      transactionTypes: ['ordinary_licence', 'ordinary_licence', 'assignment'],
      ipc: ['h01m4/36', 'H01M 4/36', 'H01M  04 / 525'],
    });
    expect(details).toEqual({
      patentNumber: '201910947313.0',
      patentType: 'invention',
      legalStatus: 'granted',
      transactionTypes: ['ordinary_licence', 'assignment'],
      openLicence: { declared: false, royalty: null },
      ipc: ['H01M 4/36', 'H01M 4/525'],
      locarno: null,
      filingDate: null,
      licenceTerms: null,
    });
  });

  it('reads the corpus shorthand openLicence: true as a declaration without recorded terms', () => {
    expect(validateIpDetails(OPEN).openLicence).toEqual({ declared: true, royalty: null });
  });

  it('keeps a declaration with its royalty terms', () => {
    const details = validateIpDetails({
      ...OPEN,
      openLicence: { declared: true, royalty: { annualFeeFen: 8000000, royaltyPercent: 2.5 } },
    });
    expect(details.openLicence).toEqual({
      declared: true,
      royalty: {
        upfrontFeeFen: null,
        annualFeeFen: 8000000,
        royaltyPercent: 2.5,
        perUnitFen: null,
      },
    });
  });

  it('takes a design with its Locarno class, padded', () => {
    const details = validateIpDetails({
      patentNumber: '202231882118.3',
      legalStatus: 'granted',
      transactionTypes: ['assignment'],
      locarno: '9-5',
    });
    expect(details).toMatchObject({ patentType: 'design', ipc: [], locarno: '09-05' });
  });

  it('takes a PCT entry filed up to three years before its number year', () => {
    const details = validateIpDetails({
      ...IP,
      patentNumber: '201080063196.9',
      filingDate: '2007-06-30',
    });
    expect(details).toMatchObject({ patentType: 'invention', filingDate: '2007-06-30' });
  });

  it('takes a filing posted at year end numbered the next year', () => {
    expect(validateIpDetails({ ...IP, filingDate: '2018-12-31' }).filingDate).toBe('2018-12-31');
  });

  it('takes licence terms, filling the rest with null', () => {
    const details = validateIpDetails({
      ...IP,
      licenceTerms: {
        territory: '中国大陆',
        termMonths: 60,
        royaltyPercent: 3,
        sublicensable: false,
      },
    });
    expect(details.licenceTerms).toEqual({
      territory: '中国大陆',
      fieldOfUse: null,
      termMonths: 60,
      upfrontFeeFen: null,
      royaltyPercent: 3,
      sublicensable: false,
      improvements: null,
    });
  });

  describe('with today, refuses a patent whose term has surely ended', () => {
    // A utility model numbered 2020 (P064): ten years, to 2030 without a filing date.
    const UTILITY = {
      ...IP,
      patentNumber: '202020114475.4',
      patentType: 'utility_model',
      ipc: ['H02S 40/10'],
    };
    const DESIGN_2021 = {
      patentNumber: '202130123456.8',
      legalStatus: 'granted',
      transactionTypes: ['assignment'],
    };

    it.each<[string, object, IpValidationOptions]>([
      ['year known: the term ends in 2030, today is in 2030', UTILITY, { today: '2030-12-31' }],
      ['day known: the day before it ends', { ...UTILITY, filingDate: '2020-01-10' }, { today: '2030-01-09' }],
      ['a 2021 design may run to 2036: not surely ended in 2032', DESIGN_2021, { today: '2032-06-01' }],
      ['no today: not checked', UTILITY, {}],
    ])('takes %s', (_, details, options) => {
      expect(() => validateIpDetails(details, options)).not.toThrow();
    });

    it.each<[string, object, IpValidationOptions, string]>([
      ['year known: today is in 2031', UTILITY, { today: '2031-01-01' }, 'details.patentNumber'],
      [
        'day known: the day it ends',
        { ...UTILITY, filingDate: '2020-01-10' },
        { today: '2030-01-10' },
        'details.filingDate',
      ],
      ['a 2021 design: surely ended in 2037', DESIGN_2021, { today: '2037-01-01' }, 'details.patentNumber'],
    ])('refuses %s', (_, details, options, field) => {
      const error = refusal(() => validateIpDetails(details, options));
      expect(error.violations).toEqual([{ field, message: expect.any(String), code: 'PATENT_EXPIRED' }]);
    });

    it('is passed through by validateListingDetails', () => {
      expect(() => validateListingDetails('ip', UTILITY, { today: '2031-01-01' })).toThrow(ListingValidationError);
    });
  });
});

describe('validateListingPrice', () => {
  it.each<[ListingKind, unknown, unknown]>([
    ['capacity', 38000, 'machine_hour'],
    ['capacity', 150, 'piece'],
    ['capacity', null, null],
    ['equipment', 60000, 'hour'],
    ['equipment', 40000, 'sample'],
    ['ip', 8000000, 'licence'],
    ['ip', undefined, undefined],
    ['equipment', 0, 'hour'],
  ])('%s: %p per %p', (kind, priceFen, priceUnit) => {
    expect(validateListingPrice(kind, priceFen, priceUnit)).toEqual({
      priceFen: priceFen ?? null,
      priceUnit: priceUnit ?? null,
    });
  });

  it.each<[string, ListingKind, unknown, unknown, string]>([
    ['a negative price', 'capacity', -1, 'piece', 'priceFen'],
    ['yuan with decimals', 'capacity', 380.5, 'piece', 'priceFen'],
    ['a price in text', 'capacity', '38000', 'piece', 'priceFen'],
    ['a price without a unit', 'equipment', 60000, null, 'priceUnit'],
    ['a unit without a price', 'equipment', null, 'hour', 'priceFen'],
    ['an unknown unit', 'capacity', 100, 'tonne', 'priceUnit'],
    ['a patent priced per hour', 'ip', 100, 'hour', 'priceUnit'],
    ['equipment priced per licence', 'equipment', 100, 'licence', 'priceUnit'],
  ])('refuses %s', (_, kind, priceFen, priceUnit, field) => {
    const error = refusal(() => validateListingPrice(kind, priceFen, priceUnit));
    expect(fieldsOf(error)).toEqual([field]);
  });
});

describe('capacity periods on offer', () => {
  const base = {
    process: '五轴CNC加工',
    capacity: { quantity: 800, unit: 'machine_hour', per: 'month' },
    leadTimeDays: 7,
  };

  it('defaults each period to the listed capacity and sorts them', () => {
    const details = validateCapacityDetails({
      ...base,
      periods: [
        { start: '2027-03-01', end: '2027-03-31', quantity: 500 },
        { start: '2027-01-01', end: '2027-02-28' },
      ],
    });
    expect(details.periods).toEqual([
      { start: '2027-01-01', end: '2027-02-28', quantity: 800 },
      { start: '2027-03-01', end: '2027-03-31', quantity: 500 },
    ]);
  });

  it.each([
    ['a period that ends before it starts', [{ start: '2027-03-31', end: '2027-03-01' }], 'details.periods.0.end'],
    ['a date that does not exist', [{ start: '2027-02-30', end: '2027-03-01' }], 'details.periods.0.start'],
    ['a zero quantity', [{ start: '2027-03-01', end: '2027-03-31', quantity: 0 }], 'details.periods.0.quantity'],
    [
      'overlapping periods',
      [
        { start: '2027-03-01', end: '2027-03-31' },
        { start: '2027-03-15', end: '2027-04-15' },
      ],
      'details.periods',
    ],
  ])('refuses %s', (_, periods, field) => {
    try {
      validateCapacityDetails({ ...base, periods });
      throw new Error('accepted');
    } catch (error) {
      expect((error as { violations: Array<{ field: string }> }).violations.map((v) => v.field)).toEqual([field]);
    }
  });
});
