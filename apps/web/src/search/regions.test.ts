import { describe, expect, it } from 'vitest';
import { type Region, regionName, regionOptions, regionPath } from './regions';

const TREE: Region[] = [
  {
    code: '33',
    zh: '浙江省',
    en: 'Zhejiang',
    cities: [{ code: '3303', zh: '温州市', en: 'Wenzhou', cities: [{ code: '330381', zh: '瑞安市', en: "Rui'an" }] }],
  },
  { code: '11', zh: '北京市', en: 'Beijing', cities: [{ code: '1101', zh: '北京市', en: 'Beijing', cities: [] }] },
];

describe('regions from the API', () => {
  it('names a code down to its county, a municipality once', () => {
    expect(regionName(TREE, '330381', 'zh-CN')).toBe('浙江省 温州市 瑞安市');
    expect(regionName(TREE, '330381', 'en')).toBe("Rui'an, Wenzhou, Zhejiang");
    expect(regionName(TREE, '3303', 'zh-CN')).toBe('浙江省 温州市');
    expect(regionName(TREE, '110100', 'zh-CN')).toBe('北京市');
    expect(regionPath(TREE, '999999')).toEqual([]);
    // Before the tree has loaded: nothing to show, no failure.
    expect(regionName(undefined, '330381', 'zh-CN')).toBeUndefined();
  });

  it('builds cascader options to cities, or to counties when asked', () => {
    expect(regionOptions(TREE, 'zh-CN')[0].children?.[0]).toEqual({ value: '3303', label: '温州市' });
    expect(regionOptions(TREE, 'en', { counties: true })[0].children?.[0].children).toEqual([
      { value: '330381', label: "Rui'an" },
    ]);
    expect(regionOptions(undefined, 'zh-CN')).toEqual([]);
  });
});
