import { LISTING_KINDS, type ListingKind } from './listing-kind';
import { canonicalCertification, findCategory, TAXONOMY } from './taxonomy';

describe('taxonomy', () => {
  describe.each(LISTING_KINDS.map((kind) => [kind]))('%s', (kind) => {
    const categories = TAXONOMY[kind];

    it('has distinct slugs, Chinese and English names', () => {
      for (const key of ['slug', 'name', 'nameEn'] as const) {
        const values = categories.map((c) => c[key]);
        expect(new Set(values).size).toBe(values.length);
      }
    });

    it('uses lower-case kebab-case slugs', () => {
      for (const { slug } of categories) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('finds each category by its name, slug and English name', () => {
      for (const category of categories) {
        expect(findCategory(kind, category.name)).toBe(category);
        expect(findCategory(kind, category.slug)).toBe(category);
        expect(findCategory(kind, category.nameEn)).toBe(category);
        expect(category.kind).toBe(kind);
      }
    });
  });

  it('keeps slugs distinct across kinds too (one facet namespace)', () => {
    const slugs = LISTING_KINDS.flatMap((kind) => TAXONOMY[kind].map((c) => c.slug));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each<[ListingKind, string, string | undefined]>([
    ['capacity', '机械加工', 'machining'],
    ['capacity', '  3D打印 ', '3d-printing'],
    ['capacity', '３Ｄ打印', '3d-printing'],
    ['capacity', 'Die-Casting', 'die-casting'],
    ['capacity', 'die casting', 'die-casting'],
    ['equipment', 'x射线分析', 'x-ray-analysis'],
    ['equipment', 'EMC', 'emc'],
    ['ip', '5G通信', '5g-communications'],
    ['ip', 'photovoltaics', 'photovoltaics'],
    // A category of another kind is not this kind's.
    ['ip', '机械加工', undefined],
    ['equipment', '光伏', undefined],
    ['capacity', '机械', undefined],
    ['capacity', '', undefined],
  ])('findCategory(%s, %p) → %s', (kind, input, slug) => {
    expect(findCategory(kind, input)?.slug).toBe(slug);
  });
});

describe('canonicalCertification', () => {
  it.each([
    ['ISO 9001', 'ISO 9001'],
    ['iso9001', 'ISO 9001'],
    ['ISO-9001', 'ISO 9001'],
    ['IATF16949', 'IATF 16949'],
    [' iatf  16949 ', 'IATF 16949'],
    ['as9100d', 'AS9100D'],
    ['Nadcap', 'NADCAP'],
    ['ISO/IEC 17025', 'ISO/IEC 17025'],
    ['ISO IEC 17025', 'ISO/IEC 17025'],
    // AS9100 without its revision letter is another certificate: kept as written.
    ['AS9100', 'AS9100'],
    ['  CNAS   认可 ', 'CNAS 认可'],
  ])('%p → %p', (input, canonical) => {
    expect(canonicalCertification(input)).toBe(canonical);
  });
});
