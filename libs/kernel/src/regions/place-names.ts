import { allRegions, PROVINCE_ABBREVIATIONS, type Region, type RegionLevel, regionPath } from './regions';

/** A place name and the region prefix it stands for. */
export interface PlaceName {
  name: string;
  prefix: string;
  level: RegionLevel;
  /**
   * How the name must stand in a text to count: `anywhere` (a province or city, as 苏州 in
   * 苏州注塑), `word` (a county's name: a word of its own, as the segmenter cuts the text,
   * so 东方 in 东方电气 is no county) or `alone` (a province's one-character 简称, 苏 or 浙: a
   * whitespace-separated token of its own, never a character inside a word).
   */
  standing: 'anywhere' | 'word' | 'alone';
}

/**
 * Spellings people type that the code table does not hold, each with the prefix it
 * stands for (the old hand-written list's aliases and English names of districts).
 */
const ALIASES: Readonly<Record<string, string>> = {
  上海浦东: '310115',
  北京海淀: '110108',
  苏州园区: '320594',
  园区: '320594',
  sip: '320594',
  kunshan: '320583',
  nanshan: '440305',
  haidian: '110108',
  huqiu: '320505',
};

/** Where two cities share a pinyin spelling, the one a searcher most likely means. */
const PREFERRED_LATIN: Readonly<Record<string, string>> = { suzhou: '3205', fuzhou: '3501', taizhou: '3310' };

/**
 * County names that are also ordinary words or brands (合作 is a city in Gansu, 东方 one in
 * Hainan, 吉利 a district of Luoyang): as a word of a query they mean the word, so they
 * are known only by their full names (合作市, 东方市, 吉利区).
 */
const COMMON_WORDS = new Set([
  '合作',
  '东方',
  '平安',
  '和平',
  '新华',
  '长安',
  '吉利',
  '江南',
  '新城',
  '光明',
  '安宁',
  '红旗',
  '前进',
  '向阳',
  '东风',
  '胜利',
  '先锋',
  '城区',
  '矿区',
  '郊区',
  '城关',
  '新兴',
  '永安',
  '开发',
  '高新',
  '华安',
  '和田',
  '新市',
  '大通',
]);

const LEVEL_ORDER: Record<RegionLevel, number> = { province: 0, city: 1, county: 2 };

let index: Map<string, PlaceName> | undefined;

/**
 * Every name a place is known by (lower-case), each with its prefix. A name two places
 * share at the same level (鼓楼区 is in five cities) names neither; between levels, the
 * broader place wins (朝阳 is the city in 辽宁, not Beijing's district).
 */
function placeIndex(): Map<string, PlaceName> {
  if (index) return index;
  const names = new Map<string, PlaceName | 'ambiguous'>();
  const add = (raw: string, region: Region, standing: PlaceName['standing']) => {
    const name = raw.toLowerCase();
    const entry: PlaceName = { name, prefix: region.prefix, level: region.level, standing };
    const existing = names.get(name);
    if (existing === undefined) names.set(name, entry);
    else if (existing === 'ambiguous') return;
    else if (existing.prefix === entry.prefix) return;
    else if (LEVEL_ORDER[entry.level] < LEVEL_ORDER[existing.level]) names.set(name, entry);
    else if (LEVEL_ORDER[entry.level] === LEVEL_ORDER[existing.level]) names.set(name, 'ambiguous');
  };
  for (const region of allRegions()) {
    const path = regionPath(region.code);
    // A municipality's city (北京 市辖区 → 北京) is its province already.
    if (region.level === 'city' && path[path.length - 1]?.prefix !== region.prefix) continue;
    const standing = region.level === 'county' ? 'word' : 'anywhere';
    add(region.name, region, standing);
    // A county's short name is often a word too (龙门式 is a gantry's type, not 龙门县): it
    // names the county only as a query word of its own; its full name wherever jieba cuts it.
    if (region.level !== 'county') add(region.shortName, region, standing);
    else if (!COMMON_WORDS.has(region.shortName)) add(region.shortName, region, 'alone');
    if (region.level !== 'county') {
      add(region.nameEn, region, 'anywhere');
      if (region.nameEn.includes("'")) add(region.nameEn.replace("'", ''), region, 'anywhere');
    }
  }
  for (const [prefix, abbreviations] of Object.entries(PROVINCE_ABBREVIATIONS)) {
    const province = allRegions().find((r) => r.prefix === prefix)!;
    for (const abbreviation of abbreviations) add(abbreviation, province, 'alone');
  }
  const regionsByPrefix = new Map(allRegions().map((r) => [r.prefix, r]));
  for (const [name, prefix] of [...Object.entries(PREFERRED_LATIN), ...Object.entries(ALIASES)]) {
    const region = regionsByPrefix.get(prefix)!;
    names.set(name, { name, prefix, level: region.level, standing: region.level === 'county' ? 'word' : 'anywhere' });
  }
  index = new Map([...names].filter((e): e is [string, PlaceName] => e[1] !== 'ambiguous'));
  return index;
}

let longestFirst: PlaceName[] | undefined;

/** Every place name, longest first (苏州工业园区 before 苏州), for finding one in a text. */
export function placeNames(): readonly PlaceName[] {
  longestFirst ??= [...placeIndex().values()].sort((a, b) => b.name.length - a.name.length);
  return longestFirst;
}

/** The place a name (any case) stands for. */
export function placeNamed(name: string): PlaceName | undefined {
  return placeIndex().get(name.toLowerCase());
}

/**
 * The names a listing in `code` is found by: its province's, city's and county's short
 * names in Chinese and their pinyin or English, broadest first (江苏 Jiangsu 苏州 Suzhou 虎丘
 * Huqiu). Empty for a code the table does not know.
 */
export function regionNames(code: string): string[] {
  return regionPath(code).flatMap((r) => [r.shortName, r.nameEn]);
}
