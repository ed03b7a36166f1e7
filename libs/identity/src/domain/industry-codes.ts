/** A section (门类) of GB/T 4754-2017 and the range of division numbers it holds. */
export interface IndustrySection {
  level: 'section';
  code: string;
  nameZh: string;
  nameEn: string;
  divisions: { from: number; to: number };
}

/** A division (大类), coded as its section letter and two digits: `C34`. */
export interface IndustryDivision {
  level: 'division';
  code: string;
  section: string;
  nameZh: string;
  nameEn: string;
}

export type Industry = IndustrySection | IndustryDivision;

type Row = [code: string, nameZh: string, nameEn: string];

const SECTION_ROWS: readonly Row[] = [
  ['A', '农、林、牧、渔业', 'Agriculture, forestry, animal husbandry and fishery'],
  ['B', '采矿业', 'Mining'],
  ['C', '制造业', 'Manufacturing'],
  ['D', '电力、热力、燃气及水生产和供应业', 'Production and supply of electricity, heat, gas and water'],
  ['E', '建筑业', 'Construction'],
  ['F', '批发和零售业', 'Wholesale and retail trade'],
  ['G', '交通运输、仓储和邮政业', 'Transport, storage and postal services'],
  ['H', '住宿和餐饮业', 'Accommodation and catering'],
  ['I', '信息传输、软件和信息技术服务业', 'Information transmission, software and information technology services'],
  ['J', '金融业', 'Finance'],
  ['K', '房地产业', 'Real estate'],
  ['L', '租赁和商务服务业', 'Leasing and business services'],
  ['M', '科学研究和技术服务业', 'Scientific research and technical services'],
  ['N', '水利、环境和公共设施管理业', 'Water conservancy, environment and public facilities management'],
  ['O', '居民服务、修理和其他服务业', 'Resident services, repair and other services'],
  ['P', '教育', 'Education'],
  ['Q', '卫生和社会工作', 'Health and social work'],
  ['R', '文化、体育和娱乐业', 'Culture, sports and entertainment'],
  ['S', '公共管理、社会保障和社会组织', 'Public administration, social security and social organizations'],
  ['T', '国际组织', 'International organizations'],
];

/** Division numbers run 01–97 across the sections, in order. */
const SECTION_DIVISIONS: Record<string, [from: number, to: number]> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

export const INDUSTRY_SECTIONS: readonly IndustrySection[] = SECTION_ROWS.map(([code, nameZh, nameEn]) => {
  const [from, to] = SECTION_DIVISIONS[code];
  return { level: 'section', code, nameZh, nameEn, divisions: { from, to } };
});

/** The divisions this marketplace meets; not the whole classification. */
const DIVISION_ROWS: readonly Row[] = [
  ['C13', '农副食品加工业', 'Processing of food from agricultural products'],
  ['C14', '食品制造业', 'Manufacture of foods'],
  ['C15', '酒、饮料和精制茶制造业', 'Manufacture of liquor, beverages and refined tea'],
  ['C16', '烟草制品业', 'Manufacture of tobacco'],
  ['C17', '纺织业', 'Manufacture of textiles'],
  ['C18', '纺织服装、服饰业', 'Manufacture of textile wearing apparel and accessories'],
  [
    'C19',
    '皮革、毛皮、羽毛及其制品和制鞋业',
    'Manufacture of leather, fur, feather and related products, and footwear',
  ],
  [
    'C20',
    '木材加工和木、竹、藤、棕、草制品业',
    'Processing of timber; manufacture of wood, bamboo, rattan, palm and straw products',
  ],
  ['C21', '家具制造业', 'Manufacture of furniture'],
  ['C22', '造纸和纸制品业', 'Manufacture of paper and paper products'],
  ['C23', '印刷和记录媒介复制业', 'Printing and reproduction of recording media'],
  [
    'C24',
    '文教、工美、体育和娱乐用品制造业',
    'Manufacture of articles for culture, education, arts and crafts, sport and entertainment',
  ],
  ['C25', '石油、煤炭及其他燃料加工业', 'Processing of petroleum, coal and other fuels'],
  ['C26', '化学原料和化学制品制造业', 'Manufacture of raw chemical materials and chemical products'],
  ['C27', '医药制造业', 'Manufacture of medicines'],
  ['C28', '化学纤维制造业', 'Manufacture of chemical fibres'],
  ['C29', '橡胶和塑料制品业', 'Manufacture of rubber and plastic products'],
  ['C30', '非金属矿物制品业', 'Manufacture of non-metallic mineral products'],
  ['C31', '黑色金属冶炼和压延加工业', 'Smelting and pressing of ferrous metals'],
  ['C32', '有色金属冶炼和压延加工业', 'Smelting and pressing of non-ferrous metals'],
  ['C33', '金属制品业', 'Manufacture of metal products'],
  ['C34', '通用设备制造业', 'Manufacture of general-purpose machinery'],
  ['C35', '专用设备制造业', 'Manufacture of special-purpose machinery'],
  ['C36', '汽车制造业', 'Manufacture of automobiles'],
  [
    'C37',
    '铁路、船舶、航空航天和其他运输设备制造业',
    'Manufacture of railway, ship, aerospace and other transport equipment',
  ],
  ['C38', '电气机械和器材制造业', 'Manufacture of electrical machinery and equipment'],
  ['C39', '计算机、通信和其他电子设备制造业', 'Manufacture of computers, communication and other electronic equipment'],
  ['C40', '仪器仪表制造业', 'Manufacture of measuring instruments and meters'],
  ['C41', '其他制造业', 'Other manufacturing'],
  ['C42', '废弃资源综合利用业', 'Comprehensive utilisation of waste resources'],
  ['C43', '金属制品、机械和设备修理业', 'Repair of metal products, machinery and equipment'],
  ['F51', '批发业', 'Wholesale trade'],
  ['F52', '零售业', 'Retail trade'],
  ['I63', '电信、广播电视和卫星传输服务', 'Telecommunications, broadcasting and satellite transmission services'],
  ['I64', '互联网和相关服务', 'Internet and related services'],
  ['I65', '软件和信息技术服务业', 'Software and information technology services'],
  ['M73', '研究和试验发展', 'Research and experimental development'],
  ['M74', '专业技术服务业', 'Professional technical services (incl. testing and inspection)'],
  ['M75', '科技推广和应用服务业', 'Technology promotion and application services'],
];

export const INDUSTRY_DIVISIONS: readonly IndustryDivision[] = DIVISION_ROWS.map(([code, nameZh, nameEn]) => ({
  level: 'division',
  code,
  section: code[0],
  nameZh,
  nameEn,
}));

const BY_CODE = new Map<string, Industry>(
  [...INDUSTRY_SECTIONS, ...INDUSTRY_DIVISIONS].map((industry) => [industry.code, industry]),
);

const normalise = (code: string): string => code.trim().toUpperCase();

/** A section (`C`) or a seeded division (`C34`), case- and space-insensitive. */
export function findIndustry(code: string): Industry | undefined {
  return BY_CODE.get(normalise(code));
}

export function findSection(code: string): IndustrySection | undefined {
  const found = findIndustry(code);
  return found?.level === 'section' ? found : undefined;
}

/**
 * Whether `division` (`C34`, or just `34`) is a seeded division of `section`. Division
 * numbers are unique across the classification, so `34` can only ever be in C.
 */
export function isKnownDivision(section: string, division: string): boolean {
  const sectionCode = normalise(section);
  const divisionCode = normalise(division);
  const code = /^\d{2}$/.test(divisionCode) ? sectionCode + divisionCode : divisionCode;
  const found = BY_CODE.get(code);
  return found?.level === 'division' && found.section === sectionCode;
}
