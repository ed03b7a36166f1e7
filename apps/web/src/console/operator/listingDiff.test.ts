import { describe, expect, it } from 'vitest';
import { listingDiff, sameValue, showValue } from './listingDiff';

const live = {
  title: '扫描电镜 SEM',
  titleEn: null,
  description: '场发射扫描电镜',
  tags: ['SEM', '电镜'],
  priceFen: 50000,
  priceUnit: 'hour',
  status: 'published',
  details: {
    manufacturer: 'ZEISS',
    model: 'Sigma 300',
    serviceModes: ['sample_testing'],
    booking: { slotMinutes: 60 },
  },
};

describe('listingDiff', () => {
  it('names each changed field with its value before and after, details one level deep', () => {
    const revision = {
      title: '扫描电镜 SEM（场发射）',
      titleEn: null,
      description: '场发射扫描电镜',
      tags: ['SEM', '电镜', 'EDS'],
      priceFen: 50000,
      priceUnit: 'hour',
      details: {
        manufacturer: 'ZEISS',
        model: 'Sigma 500',
        serviceModes: ['sample_testing'],
        booking: { slotMinutes: 30 },
        requiresTraining: true,
      },
    };
    expect(listingDiff(live, revision)).toEqual([
      { field: 'title', inDetails: false, before: '扫描电镜 SEM', after: '扫描电镜 SEM（场发射）' },
      { field: 'tags', inDetails: false, before: ['SEM', '电镜'], after: ['SEM', '电镜', 'EDS'] },
      { field: 'model', inDetails: true, before: 'Sigma 300', after: 'Sigma 500' },
      { field: 'booking', inDetails: true, before: { slotMinutes: 60 }, after: { slotMinutes: 30 } },
      { field: 'requiresTraining', inDetails: true, before: null, after: true },
    ]);
  });

  it('finds no change in an identical revision, nor in fields it leaves out or keys in another order', () => {
    const revision = {
      title: live.title,
      details: {
        model: 'Sigma 300',
        manufacturer: 'ZEISS',
        serviceModes: ['sample_testing'],
        booking: { slotMinutes: 60 },
      },
    };
    expect(listingDiff(live, revision)).toEqual([]);
  });

  it('treats null and a missing value alike', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(showValue(['a', 'b'])).toBe('a, b');
    expect(showValue(null)).toBe('');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });
});
