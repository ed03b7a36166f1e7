import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { regionCascaderPath, rfqFormValues, rfqPatch } from './rfqFormValues';
import type { Rfq } from './types';

const rfq = (extra: Partial<Rfq> = {}): Rfq => ({
  id: 'r1',
  organizationId: 'o1',
  title: '6061 铝合金壳体 CNC 加工',
  description: '阳极氧化，公差 ±0.02 mm',
  category: '机械加工',
  process: '五轴CNC加工',
  materials: ['铝合金6061'],
  quantity: 20_000,
  unit: 'piece',
  deliveryDate: '2027-03-31',
  deliveryRegionCode: '320594',
  certifications: ['ISO 9001'],
  targetUnitPriceFen: 1_999,
  showTarget: false,
  quoteDeadline: '2027-01-15T10:00:00.000Z',
  visibility: 'public',
  ndaRequired: true,
  ndaText: '供方对图纸负有保密义务。',
  status: 'open',
  statusReason: null,
  sealed: true,
  takenDown: false,
  yourSide: 'buyer',
  actions: ['edit', 'close', 'cancel'],
  version: 4,
  createdAt: '2026-12-01T00:00:00Z',
  updatedAt: '2026-12-01T00:00:00Z',
  closedAt: null,
  ...extra,
});

describe('the RFQ form prefilled from an RFQ', () => {
  it('holds its fields as the form reads them: fen as yuan, the county as a cascader path, dates as days', () => {
    const values = rfqFormValues(rfq());
    expect(values).toMatchObject({
      title: '6061 铝合金壳体 CNC 加工',
      category: '机械加工',
      process: '五轴CNC加工',
      materials: ['铝合金6061'],
      quantity: 20_000,
      unit: 'piece',
      deliveryRegionCode: ['32', '3205', '320594'],
      certifications: ['ISO 9001'],
      targetPriceYuan: 19.99,
      showTarget: false,
      visibility: 'public',
      ndaText: '供方对图纸负有保密义务。',
    });
    expect(values.deliveryDate.format('YYYY-MM-DD')).toBe('2027-03-31');
    expect(values.quoteDeadline.valueOf()).toBe(Date.parse('2027-01-15T10:00:00Z'));
  });

  it('leaves empty what the RFQ leaves empty', () => {
    const values = rfqFormValues(rfq({ process: null, targetUnitPriceFen: null, ndaText: null, materials: [] }));
    expect(values.process).toBeUndefined();
    expect(values.targetPriceYuan).toBeUndefined();
    expect(values.ndaText).toBeUndefined();
    expect(values.materials).toEqual([]);
  });

  it.each([
    ['320594', ['32', '3205', '320594']],
    ['110105', ['11', '1101', '110105']],
    [null, []],
  ])('reads the region %s as the path %j', (code, path) => {
    expect(regionCascaderPath(code)).toEqual(path);
  });
});

describe('the edit sent', () => {
  it('is nothing when nothing changed, the deadline read back in another offset included', () => {
    const values = rfqFormValues(rfq());
    expect(rfqPatch(rfq(), values)).toBeUndefined();
    expect(rfqPatch(rfq(), { ...values, quoteDeadline: dayjs('2027-01-15T18:00:00+08:00') })).toBeUndefined();
    expect(rfqPatch(rfq(), { ...values, title: ' 6061 铝合金壳体 CNC 加工 ' })).toBeUndefined();
  });

  it('carries only the changed fields, in the API’s units, with the version edited', () => {
    const values = rfqFormValues(rfq());
    expect(
      rfqPatch(rfq(), {
        ...values,
        quantity: 25_000,
        deliveryRegionCode: ['31', '3101', '310115'],
        targetPriceYuan: 21.5,
        quoteDeadline: dayjs('2027-01-20T10:00:00Z'),
      }),
    ).toEqual({
      quantity: 25_000,
      deliveryRegionCode: '310115',
      targetUnitPriceFen: 2_150,
      quoteDeadline: dayjs('2027-01-20T10:00:00Z').format(),
      version: 4,
    });
  });

  it('sends null for an optional field cleared, and an emptied list as empty', () => {
    const values = rfqFormValues(rfq());
    expect(
      rfqPatch(rfq(), { ...values, process: '  ', ndaText: '', targetPriceYuan: undefined, materials: [] }),
    ).toEqual({ process: null, materials: [], targetUnitPriceFen: null, ndaText: null, version: 4 });
  });
});
