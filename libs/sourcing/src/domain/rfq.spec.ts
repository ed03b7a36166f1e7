import {
  buyerActions,
  changedRfqFields,
  effectiveStatus,
  isSealed,
  MATERIAL_RFQ_FIELDS,
  readRfq,
  rfqStep,
  type RfqStatus,
} from './rfq';
import { RfqStateConflictError, RfqValidationError } from './sourcing.errors';

const NOW = new Date('2026-12-07T10:00:00Z');
const LATER = new Date('2026-12-14T10:00:00Z');

const body = (extra: Record<string, unknown> = {}) => ({
  title: ' 铝合金壳体 ',
  description: '阳极氧化',
  category: 'machining',
  quantity: 20000,
  unit: 'piece',
  deliveryDate: '2027-02-01',
  deliveryRegionCode: '320594',
  certifications: ['iatf16949', 'ISO 9001', 'ISO 9001'],
  quoteDeadline: '2026-12-14T18:00:00+08:00',
  visibility: 'invited',
  ...extra,
});

function violations(extra: Record<string, unknown>): string[] {
  try {
    readRfq(body(extra), NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(RfqValidationError);
    return (error as RfqValidationError).violations.map((v) => v.field);
  }
  throw new Error('expected RFQ_INVALID');
}

describe('readRfq', () => {
  it('reads a body: trimmed, the category by its Chinese name, certifications canonical and once, defaults', () => {
    const rfq = readRfq(body(), NOW);
    expect(rfq).toMatchObject({
      title: '铝合金壳体',
      category: '机械加工',
      process: null,
      materials: [],
      certifications: ['IATF 16949', 'ISO 9001'],
      targetUnitPriceFen: null,
      showTarget: false,
      ndaText: null,
      visibility: 'invited',
    });
    expect(rfq.quoteDeadline.toISOString()).toBe('2026-12-14T10:00:00.000Z');
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ description: undefined }, 'description'],
    [{ category: '扫描电镜' }, 'category'],
    [{ quantity: 0 }, 'quantity'],
    [{ quantity: 1.5 }, 'quantity'],
    [{ quantity: '10' }, 'quantity'],
    [{ unit: '' }, 'unit'],
    [{ unit: 'a unit far too long to be one' }, 'unit'],
    [{ deliveryDate: '2027-02-30' }, 'deliveryDate'],
    [{ deliveryDate: '2026-12-01' }, 'deliveryDate'],
    [{ deliveryDate: '2026-12-10' }, 'deliveryDate'],
    [{ deliveryRegionCode: '3205' }, 'deliveryRegionCode'],
    [{ targetUnitPriceFen: -1 }, 'targetUnitPriceFen'],
    [{ targetUnitPriceFen: 10.5 }, 'targetUnitPriceFen'],
    [{ showTarget: 'yes' }, 'showTarget'],
    [{ quoteDeadline: '2026-12-14T18:00:00' }, 'quoteDeadline'],
    [{ quoteDeadline: '2026-12-01T18:00:00+08:00' }, 'quoteDeadline'],
    [{ quoteDeadline: undefined }, 'quoteDeadline'],
    [{ visibility: 'everyone' }, 'visibility'],
    [{ materials: 'steel' }, 'materials'],
  ])('refuses %j at %s', (extra, field) => {
    expect(violations(extra)).toContain(field);
  });

  it('names every bad field at once', () => {
    expect(violations({ title: '', quantity: -1, visibility: 'x' }).sort()).toEqual([
      'quantity',
      'title',
      'visibility',
    ]);
  });
});

describe('the RFQ lifecycle', () => {
  const at = (status: RfqStatus, deadline = LATER) => ({ status, quoteDeadline: deadline });

  it.each<[RfqStatus, Date, RfqStatus, boolean]>([
    ['draft', LATER, 'draft', true],
    ['open', LATER, 'open', true],
    ['open', new Date('2026-12-07T09:59:59Z'), 'closed', false],
    ['closed', LATER, 'closed', false],
    ['awarded', LATER, 'awarded', false],
    ['cancelled', LATER, 'cancelled', false],
  ])('%s with its deadline at %s reads %s, sealed %s', (status, deadline, effective, sealed) => {
    expect(effectiveStatus(at(status, deadline), NOW)).toBe(effective);
    expect(isSealed(at(status, deadline), NOW)).toBe(sealed);
  });

  it.each([
    ['draft', 'publish', 'open'],
    ['open', 'close', 'closed'],
    ['draft', 'cancel', 'cancelled'],
    ['open', 'cancel', 'cancelled'],
    ['closed', 'cancel', 'cancelled'],
    ['closed', 'award', 'awarded'],
    ['open', 'edit', 'open'],
    ['open', 'quote', 'open'],
  ] as const)('from %s, %s leads to %s', (from, action, to) => {
    expect(rfqStep(at(from), action, NOW)).toBe(to);
  });

  it.each([
    ['open', 'publish'],
    ['open', 'award'],
    ['closed', 'close'],
    ['closed', 'quote'],
    ['closed', 'edit'],
    ['awarded', 'cancel'],
    ['cancelled', 'quote'],
    ['draft', 'quote'],
  ] as const)('refuses %s → %s with 409 RFQ_STATE_CONFLICT', (from, action) => {
    expect(() => rfqStep(at(from), action, NOW)).toThrow(RfqStateConflictError);
  });

  it('treats an open RFQ past its deadline as closed: award, not quote', () => {
    const lapsed = at('open', new Date('2026-12-01T00:00:00Z'));
    expect(rfqStep(lapsed, 'award', NOW)).toBe('awarded');
    expect(() => rfqStep(lapsed, 'quote', NOW)).toThrow(RfqStateConflictError);
    expect(buyerActions(lapsed, NOW)).toEqual(['cancel', 'award']);
  });
});

describe('changedRfqFields', () => {
  it('names the fields that differ, deadlines compared as instants and lists by value', () => {
    const before = readRfq(body(), NOW);
    const same = readRfq(
      body({ quoteDeadline: '2026-12-14T10:00:00Z', certifications: ['ISO 9001', 'iatf16949'] }),
      NOW,
    );
    expect(changedRfqFields(before, same)).toEqual(['certifications']);
    const after = readRfq(
      body({ quantity: 25000, visibility: 'public', quoteDeadline: '2026-12-15T18:00:00+08:00' }),
      NOW,
    );
    expect(changedRfqFields(before, after)).toEqual(['quantity', 'quoteDeadline', 'visibility']);
    expect(changedRfqFields(before, readRfq(body(), NOW))).toEqual([]);
  });

  it('counts what a supplier prices as material, not the visibility or the target price', () => {
    expect(MATERIAL_RFQ_FIELDS).toEqual(
      expect.arrayContaining(['quantity', 'deliveryDate', 'quoteDeadline', 'materials']),
    );
    expect(MATERIAL_RFQ_FIELDS).not.toContain('visibility');
    expect(MATERIAL_RFQ_FIELDS).not.toContain('targetUnitPriceFen');
  });
});
