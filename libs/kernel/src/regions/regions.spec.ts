import { placeNamed, regionNames } from './place-names';
import { allRegions, isKnownRegionCode, isKnownRegionPrefix, regionOf, regionPath, regionTree } from './regions';

describe('regions (2023 statistical division codes)', () => {
  it('holds every province-level division, their cities and their counties', () => {
    const count = (level: string) => allRegions().filter((r) => r.level === level).length;
    // 23 provinces, 5 autonomous regions, 4 municipalities less Taiwan (not in the table): 31.
    expect(count('province')).toBe(31);
    expect(count('city')).toBe(342);
    // 2,978 in the table and the two codes Rongtong has always accepted (320594, 440101).
    expect(count('county')).toBe(2980);
    expect(regionTree()).toHaveLength(31);
    expect(
      regionTree()
        .flatMap((p) => p.children ?? [])
        .flatMap((c) => c.children ?? []),
    ).toHaveLength(2980);
  });

  it.each([
    ['320000', true],
    ['320500', true],
    ['320505', true],
    ['330381', true],
    ['320594', true],
    ['440101', true],
    ['110100', true],
    ['999999', false],
    ['320599', false],
    ['329900', false],
    ['32050', false],
    ['３２０５０５', false],
  ])('knows %s: %s', (code, known) => {
    expect(isKnownRegionCode(code)).toBe(known);
  });

  it('reads prefixes of 2, 4 and 6 digits', () => {
    expect(isKnownRegionPrefix('33')).toBe(true);
    expect(isKnownRegionPrefix('3303')).toBe(true);
    expect(isKnownRegionPrefix('3399')).toBe(false);
    expect(isKnownRegionPrefix('333')).toBe(false);
    expect(regionOf('3303')).toMatchObject({ code: '330300', name: '温州市', shortName: '温州', nameEn: 'Wenzhou' });
  });

  it('names a code from its province down, a municipality once', () => {
    expect(regionPath('330303').map((r) => r.name)).toEqual(['浙江省', '温州市', '龙湾区']);
    expect(regionNames('330381')).toEqual(['浙江', 'Zhejiang', '温州', 'Wenzhou', '瑞安', "Rui'an"]);
    expect(regionNames('110108')).toEqual(['北京', 'Beijing', '海淀', 'Haidian']);
    expect(regionNames('522600')).toEqual(['贵州', 'Guizhou', '黔东南', 'Qiandongnan']);
    expect(regionNames('999999')).toEqual([]);
  });

  it('finds places by their Chinese, short, pinyin and abbreviated names', () => {
    expect(placeNamed('瑞安')?.prefix).toBe('330381');
    expect(placeNamed('龙湾区')?.prefix).toBe('330303');
    expect(placeNamed('Wenzhou')?.prefix).toBe('3303');
    expect(placeNamed('苏')).toMatchObject({ prefix: '32', standing: 'alone' });
    expect(placeNamed('suzhou')?.prefix).toBe('3205');
    // Shared by districts of several cities: names none of them.
    expect(placeNamed('鼓楼区')).toBeUndefined();
    // An ordinary word first.
    expect(placeNamed('合作')).toBeUndefined();
    expect(placeNamed('合作市')?.prefix).toBe('623001');
  });
});
