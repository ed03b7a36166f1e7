/**
 * Provinces and the cities the search knows (GB/T 2260 prefixes), for the region cascader.
 * The same places as the search engine's list (libs/search/src/domain/regions.ts).
 */
export interface Region {
  code: string;
  zh: string;
  en: string;
  cities?: Region[];
}

export const REGIONS: Region[] = [
  { code: '11', zh: '北京', en: 'Beijing' },
  { code: '12', zh: '天津', en: 'Tianjin' },
  { code: '13', zh: '河北', en: 'Hebei' },
  { code: '14', zh: '山西', en: 'Shanxi' },
  { code: '15', zh: '内蒙古', en: 'Inner Mongolia' },
  {
    code: '21',
    zh: '辽宁',
    en: 'Liaoning',
    cities: [
      { code: '2101', zh: '沈阳', en: 'Shenyang' },
      { code: '2102', zh: '大连', en: 'Dalian' },
    ],
  },
  { code: '22', zh: '吉林', en: 'Jilin' },
  { code: '23', zh: '黑龙江', en: 'Heilongjiang' },
  { code: '31', zh: '上海', en: 'Shanghai' },
  {
    code: '32',
    zh: '江苏',
    en: 'Jiangsu',
    cities: [
      { code: '3201', zh: '南京', en: 'Nanjing' },
      { code: '3202', zh: '无锡', en: 'Wuxi' },
      { code: '3204', zh: '常州', en: 'Changzhou' },
      { code: '3205', zh: '苏州', en: 'Suzhou' },
      { code: '3206', zh: '南通', en: 'Nantong' },
    ],
  },
  {
    code: '33',
    zh: '浙江',
    en: 'Zhejiang',
    cities: [
      { code: '3301', zh: '杭州', en: 'Hangzhou' },
      { code: '3302', zh: '宁波', en: 'Ningbo' },
    ],
  },
  { code: '34', zh: '安徽', en: 'Anhui', cities: [{ code: '3401', zh: '合肥', en: 'Hefei' }] },
  {
    code: '35',
    zh: '福建',
    en: 'Fujian',
    cities: [
      { code: '3501', zh: '福州', en: 'Fuzhou' },
      { code: '3502', zh: '厦门', en: 'Xiamen' },
    ],
  },
  { code: '36', zh: '江西', en: 'Jiangxi' },
  {
    code: '37',
    zh: '山东',
    en: 'Shandong',
    cities: [
      { code: '3701', zh: '济南', en: 'Jinan' },
      { code: '3702', zh: '青岛', en: 'Qingdao' },
    ],
  },
  { code: '41', zh: '河南', en: 'Henan', cities: [{ code: '4101', zh: '郑州', en: 'Zhengzhou' }] },
  { code: '42', zh: '湖北', en: 'Hubei', cities: [{ code: '4201', zh: '武汉', en: 'Wuhan' }] },
  { code: '43', zh: '湖南', en: 'Hunan', cities: [{ code: '4301', zh: '长沙', en: 'Changsha' }] },
  {
    code: '44',
    zh: '广东',
    en: 'Guangdong',
    cities: [
      { code: '4401', zh: '广州', en: 'Guangzhou' },
      { code: '4403', zh: '深圳', en: 'Shenzhen' },
      { code: '4406', zh: '佛山', en: 'Foshan' },
      { code: '4419', zh: '东莞', en: 'Dongguan' },
    ],
  },
  { code: '45', zh: '广西', en: 'Guangxi' },
  { code: '46', zh: '海南', en: 'Hainan' },
  { code: '50', zh: '重庆', en: 'Chongqing' },
  { code: '51', zh: '四川', en: 'Sichuan', cities: [{ code: '5101', zh: '成都', en: 'Chengdu' }] },
  { code: '52', zh: '贵州', en: 'Guizhou' },
  { code: '53', zh: '云南', en: 'Yunnan' },
  { code: '54', zh: '西藏', en: 'Tibet' },
  { code: '61', zh: '陕西', en: 'Shaanxi' },
  { code: '62', zh: '甘肃', en: 'Gansu' },
  { code: '63', zh: '青海', en: 'Qinghai' },
  { code: '64', zh: '宁夏', en: 'Ningxia' },
  { code: '65', zh: '新疆', en: 'Xinjiang' },
];

/** The place a region code (2, 4 or 6 digits) falls in, as precisely as the list knows it. */
export function regionName(code: string | null | undefined, language: 'zh-CN' | 'en'): string | undefined {
  if (!code) return undefined;
  const province = REGIONS.find((r) => code.startsWith(r.code));
  if (!province) return undefined;
  const city = province.cities?.find((c) => code.startsWith(c.code));
  const name = (r: Region) => (language === 'en' ? r.en : r.zh);
  if (!city) return name(province);
  return language === 'en' ? `${name(city)}, ${name(province)}` : `${name(province)} ${name(city)}`;
}
