import { BadgeInvalidError } from './identity.errors';
import { SpecialisedBadge, type SpecialisedBadgeProps } from './specialised-badge';

const props: SpecialisedBadgeProps = {
  tier: 'little_giant',
  issuingAuthority: '工业和信息化部',
  certificateNumber: 'ZJTX-2023-0412',
  expiresOn: '2026-06-30',
};

describe('SpecialisedBadge', () => {
  it('keeps what it was given, trimmed', () => {
    const badge = SpecialisedBadge.create({
      ...props,
      issuingAuthority: ' 江苏省工业和信息化厅 ',
      certificateNumber: ' 2024-JS-001 ',
      tier: 'provincial',
    });
    expect(badge.toJSON()).toEqual({
      tier: 'provincial',
      issuingAuthority: '江苏省工业和信息化厅',
      certificateNumber: '2024-JS-001',
      expiresOn: '2026-06-30',
    });
  });

  // Expiry is a calendar date in China (UTC+8): the badge lapses at 16:00 UTC on it.
  it.each<[string, string, boolean]>([
    ['long before', '2024-01-01T00:00:00Z', true],
    ['on the expiry date, China morning', '2026-06-30T00:00:00+08:00', true],
    ['last millisecond of the expiry date', '2026-06-30T23:59:59.999+08:00', true],
    ['same instant in UTC', '2026-06-30T15:59:59.999Z', true],
    ['midnight after, China time', '2026-07-01T00:00:00+08:00', false],
    ['still 30 June in UTC, but 1 July in China', '2026-06-30T16:00:00Z', false],
    ['a year later', '2027-06-30T00:00:00Z', false],
  ])('%s (%s) shown: %s', (_, at, shown) => {
    expect(SpecialisedBadge.create(props).isShownOn(new Date(at))).toBe(shown);
  });

  it('is not shown on an invalid date', () => {
    expect(SpecialisedBadge.create(props).isShownOn(new Date(Number.NaN))).toBe(false);
  });

  it.each(['innovative_sme', 'provincial', 'little_giant'] as const)('accepts tier %s', (tier) => {
    expect(SpecialisedBadge.create({ ...props, tier }).tier).toBe(tier);
  });

  it.each(['2024-02-29', '2026-12-31', '2025-01-01'])('accepts expiry %s', (expiresOn) => {
    expect(SpecialisedBadge.create({ ...props, expiresOn }).expiresOn).toBe(expiresOn);
  });

  it.each<[string, Partial<SpecialisedBadgeProps>, string]>([
    ['unknown tier', { tier: 'national' as SpecialisedBadgeProps['tier'] }, 'tier'],
    ['empty authority', { issuingAuthority: '' }, 'issuingAuthority'],
    ['blank authority', { issuingAuthority: ' \u3000 ' }, 'issuingAuthority'],
    ['empty certificate number', { certificateNumber: '' }, 'certificateNumber'],
    ['blank certificate number', { certificateNumber: '   ' }, 'certificateNumber'],
    ['empty expiry', { expiresOn: '' }, 'expiresOn'],
    ['not a date', { expiresOn: 'next year' }, 'expiresOn'],
    ['31 February', { expiresOn: '2026-02-31' }, 'expiresOn'],
    ['29 February, common year', { expiresOn: '2025-02-29' }, 'expiresOn'],
    ['month 13', { expiresOn: '2026-13-01' }, 'expiresOn'],
    ['day 0', { expiresOn: '2026-06-00' }, 'expiresOn'],
    ['unpadded', { expiresOn: '2026-6-30' }, 'expiresOn'],
    ['with a time', { expiresOn: '2026-06-30T00:00:00Z' }, 'expiresOn'],
    ['slashes', { expiresOn: '2026/06/30' }, 'expiresOn'],
  ])('rejects %s', (_, override, field) => {
    const create = () => SpecialisedBadge.create({ ...props, ...override });
    expect(create).toThrow(BadgeInvalidError);
    expect(create).toThrow(
      expect.objectContaining({ code: 'BADGE_INVALID', kind: 'unprocessable', details: { field } }),
    );
  });
});
