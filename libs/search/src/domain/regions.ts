/**
 * Place names and the GB/T 2260 region-code prefixes they stand for: provinces (2
 * digits), cities (4) and a few districts and parks (6). Used both ways: a listing's
 * region code gets searchable place names, and a place named in a query narrows the
 * search to that region.
 */
const PLACES: ReadonlyArray<readonly [prefix: string, zh: string, en?: string]> = [
  ['11', '北京', 'Beijing'],
  ['12', '天津', 'Tianjin'],
  ['13', '河北', 'Hebei'],
  ['14', '山西', 'Shanxi'],
  ['15', '内蒙古', 'Inner Mongolia'],
  ['21', '辽宁', 'Liaoning'],
  ['22', '吉林', 'Jilin'],
  ['23', '黑龙江', 'Heilongjiang'],
  ['31', '上海', 'Shanghai'],
  ['32', '江苏', 'Jiangsu'],
  ['33', '浙江', 'Zhejiang'],
  ['34', '安徽', 'Anhui'],
  ['35', '福建', 'Fujian'],
  ['36', '江西', 'Jiangxi'],
  ['37', '山东', 'Shandong'],
  ['41', '河南', 'Henan'],
  ['42', '湖北', 'Hubei'],
  ['43', '湖南', 'Hunan'],
  ['44', '广东', 'Guangdong'],
  ['45', '广西', 'Guangxi'],
  ['46', '海南', 'Hainan'],
  ['50', '重庆', 'Chongqing'],
  ['51', '四川', 'Sichuan'],
  ['52', '贵州', 'Guizhou'],
  ['53', '云南', 'Yunnan'],
  ['54', '西藏', 'Tibet'],
  ['61', '陕西', 'Shaanxi'],
  ['62', '甘肃', 'Gansu'],
  ['63', '青海', 'Qinghai'],
  ['64', '宁夏', 'Ningxia'],
  ['65', '新疆', 'Xinjiang'],
  ['2101', '沈阳', 'Shenyang'],
  ['2102', '大连', 'Dalian'],
  ['3201', '南京', 'Nanjing'],
  ['3202', '无锡', 'Wuxi'],
  ['3204', '常州', 'Changzhou'],
  ['3205', '苏州', 'Suzhou'],
  ['3206', '南通', 'Nantong'],
  ['3301', '杭州', 'Hangzhou'],
  ['3302', '宁波', 'Ningbo'],
  ['3401', '合肥', 'Hefei'],
  ['3501', '福州', 'Fuzhou'],
  ['3502', '厦门', 'Xiamen'],
  ['3701', '济南', 'Jinan'],
  ['3702', '青岛', 'Qingdao'],
  ['4101', '郑州', 'Zhengzhou'],
  ['4201', '武汉', 'Wuhan'],
  ['4301', '长沙', 'Changsha'],
  ['4401', '广州', 'Guangzhou'],
  ['4403', '深圳', 'Shenzhen'],
  ['4406', '佛山', 'Foshan'],
  ['4419', '东莞', 'Dongguan'],
  ['5101', '成都', 'Chengdu'],
  ['6101', '西安', "Xi'an"],
  ['110108', '海淀', 'Haidian'],
  ['310115', '浦东', 'Pudong'],
  ['320505', '虎丘', 'Huqiu'],
  ['320583', '昆山', 'Kunshan'],
  ['320594', '苏州工业园区', 'Suzhou Industrial Park'],
  ['440305', '南山', 'Nanshan'],
];

/** Alternative spellings people type, each pointing at a name above. */
const ALIASES: Readonly<Record<string, string>> = {
  上海浦东: '浦东',
  浦东新区: '浦东',
  北京海淀: '海淀',
  海淀区: '海淀',
  苏州园区: '苏州工业园区',
  园区: '苏州工业园区',
  SIP: '苏州工业园区',
};

export interface Place {
  prefix: string;
  name: string;
}

const BY_NAME = new Map<string, string>(
  PLACES.flatMap(([prefix, zh, en]) => [[zh, prefix], ...(en ? ([[en.toLowerCase(), prefix]] as const) : [])]),
);
for (const [alias, name] of Object.entries(ALIASES)) BY_NAME.set(alias.toLowerCase(), BY_NAME.get(name)!);

/** Names longest first, so "苏州工业园区" wins over "苏州" and "上海浦东" over "上海". */
const NAMES = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

/** The place names a region code belongs to: district, city, province (Chinese and English). */
export function regionNames(regionCode: string): string[] {
  return PLACES.filter(([prefix]) => regionCode.startsWith(prefix)).flatMap(([, zh, en]) => (en ? [zh, en] : [zh]));
}

/**
 * Finds a place named in free text: the longest known name, matched whole (Latin names
 * on word boundaries). Returns it with the text left once it is taken out.
 */
export function extractPlace(text: string): { place: Place; rest: string } | undefined {
  const lower = text.toLowerCase();
  for (const name of NAMES) {
    const at = lower.indexOf(name);
    if (at < 0) continue;
    if (/^[a-z]/.test(name)) {
      const before = lower[at - 1];
      const after = lower[at + name.length];
      if ((before && /[a-z0-9]/.test(before)) || (after && /[a-z0-9]/.test(after))) continue;
    }
    const rest = `${text.slice(0, at)} ${text.slice(at + name.length)}`.replace(/\s+/g, ' ').trim();
    return { place: { prefix: BY_NAME.get(name)!, name: text.slice(at, at + name.length) }, rest };
  }
  return undefined;
}
