import { type Concept, Segmenter } from '@rongtong/search';

/** What a demand asks for in words: each concept with every way a listing may say it. */
export interface DemandTerms {
  concepts: Concept[];
}

/** Which of the demand's concepts a listing's text says. */
export interface TextMatch {
  matched: string[];
  total: number;
}

/**
 * Concepts beyond these add little but noise (and each makes the search engine's query
 * dearer); the demand's title comes first.
 */
export const MAX_CONCEPTS = 6;

/**
 * Words every demand uses and no listing is found by, and the words of a patent
 * transaction (licence, exclusive …): the licence type is a hard limit of its own.
 */
const DEMAND_FILLER: ReadonlySet<string> = new Set([
  'patent',
  'patents',
  '专利',
  'licence',
  'license',
  'licensing',
  '许可',
  'exclusive',
  'ordinary',
  'sole',
  'non',
  '独占',
  '排他',
  '普通',
  // The glossary's licence terms, whole words since the segmenter knows them.
  '独占许可',
  '排他许可',
  '普通许可',
  '开放许可',
  '专利许可',
  '专利转让',
  '发明专利',
  'assignment',
  '转让',
  'granted',
  '授权',
  'seeks',
  'seeking',
  'looking',
  '需求',
  '求购',
  '寻找',
  '求',
  '需',
  '需要',
  '采购',
  '外协',
  '急需',
  '承接',
  '服务',
  '合作',
  '厂家',
  '供应商',
  '批量',
  '加急',
  '左右',
  '以上',
  '以内',
  '每月',
  '每周',
  // The units a demand counts its quantity in (`300 件`, `500 机时`): the quantity is a
  // factor of its own, and every listing of the kind says its unit too.
  '件',
  '个',
  '台',
  '套',
  '批',
  '吨',
  '公斤',
  '机时',
  '小时',
  '工时',
  '台时',
  '次',
  'pcs',
  'pieces',
  'tonnes',
]);

/** `2万件`, `3月`: quantities and dates say nothing about what is made. */
const QUANTITY = /^\d[\d.]*[\u3400-\u9fff]+$|^[\u3400-\u9fff]*\d+[\u3400-\u9fff]*$/;

/**
 * The demand's concepts, analysed as search analyses a query (synonyms, parts of Chinese
 * words a listing may split), without place detection: location is a factor of its own.
 */
export function demandTerms(
  analyze: (text: string) => Concept[],
  texts: ReadonlyArray<string | null | undefined>,
  certifications: readonly string[] = [],
): DemandTerms {
  // Certificates named in the title (`需ISO 13485`) are a limit and a factor of their own.
  const certificateWords = new Set(certifications.flatMap((c) => Segmenter.normalize(c).split(/[\s/-]+/)));
  const seen = new Set<string>();
  const concepts: Concept[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const concept of analyze(text)) {
      if (DEMAND_FILLER.has(concept.text) || QUANTITY.test(concept.text) || certificateWords.has(concept.text)) {
        continue;
      }
      const key = JSON.stringify(concept.alternatives);
      if (seen.has(key)) continue;
      seen.add(key);
      concepts.push(concept);
    }
  }
  return { concepts: concepts.slice(0, MAX_CONCEPTS) };
}

/** A listing's searchable text as the matcher compares it: normalised, one string. */
export function listingText(parts: ReadonlyArray<string | null | undefined>): string {
  const text = Segmenter.normalize(parts.filter(Boolean).join(' \n '));
  // Search's words join hyphenated compounds (`5-axis` → `5axis`): so does the text.
  const joined = text.replace(/([a-z0-9])-(?=[a-z0-9])/g, '$1');
  return joined === text ? text : `${text} \n ${joined}`;
}

/**
 * The concepts the listing's text says: some alternative of each has all its words in
 * the text. Substrings, not tokens: a listing's `五轴CNC加工中心` says `五轴` and `cnc`.
 */
export function matchText(terms: DemandTerms, text: string): TextMatch {
  const matched = terms.concepts
    .filter((concept) =>
      concept.alternatives.some(
        (alt) =>
          alt.cjk.length + alt.latin.length > 0 &&
          alt.cjk.every((word) => text.includes(word)) &&
          alt.latin.every((word) => text.includes(word)),
      ),
    )
    .map((concept) => displayTerm(concept.text));
  return { matched, total: terms.concepts.length };
}

/** Latin abbreviations read in capitals (`cnc` → `CNC`); other words as written. */
function displayTerm(term: string): string {
  return /^[a-z0-9-]{2,5}$/.test(term) ? term.toUpperCase() : term;
}
