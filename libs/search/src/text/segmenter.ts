import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { DOMAIN_WORDS } from '../domain/domain-dictionary';
import { SYNONYM_GROUPS } from '../domain/synonyms';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

/**
 * Latin words as both sides index and query them: a hyphenated compound is kept whole
 * (`5-axis` → `5axis`, `icp-ms` → `icpms`) and by its parts of two or more characters;
 * a lone digit or letter carries no meaning on its own and would match everything.
 */
function latinTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.match(LATIN_WORD) ?? []) {
    const parts = word.split('-');
    if (parts.length > 1) out.push(parts.join(''));
    for (const part of parts) if (part.length > 1 || parts.length === 1) out.push(part);
  }
  return out.filter((t) => t.length > 1);
}

/** Words that carry no meaning in a search (Chinese function words, query filler, English stop words). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '是',
  '在',
  '有',
  '给',
  '做',
  '要',
  '想',
  '找',
  '能',
  '可以',
  '哪里',
  '哪儿',
  '哪家',
  '哪个',
  '什么',
  '怎么',
  '我们',
  '我',
  '你们',
  '你',
  '请问',
  '一下',
  '一家',
  '一个',
  '需要',
  '提供',
  '进行',
  '帮',
  '帮忙',
  '吗',
  '呢',
  '吧',
  '啊',
  '等',
  '对',
  '把',
  '被',
  '从',
  '到',
  '为',
  '以',
  '及其',
  '这',
  '那',
  '这个',
  // Light verbs of the shop floor standing alone: 看金相, 测硬度, 打样品, 拍电镜, 过EMC.
  '看',
  '测',
  '打',
  '拍',
  '搞',
  '弄',
  '过',
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'or',
  'to',
  'in',
  'on',
  'with',
  'by',
  'at',
  'from',
  'we',
  'need',
  'looking',
  'want',
  'who',
  'where',
  'can',
  'do',
  'is',
  'are',
]);

export interface Tokens {
  /** Chinese words (and mixed words like `SMT贴片`), as jieba cuts them for search. */
  cjk: string[];
  /** Latin words and numbers, lower-cased; PostgreSQL stems them (`english`). */
  latin: string[];
}

/**
 * Chinese-aware tokenizer: jieba (its dictionary plus the domain words and the CJK
 * synonym terms, weighted to stay whole) for Chinese, word characters for the rest.
 */
export class Segmenter {
  private readonly jieba: Jieba;

  constructor() {
    this.jieba = Jieba.withDict(dict);
    // The glossary's terms (SYNONYM_GROUPS) are words: 拉力机 and 火花机, not characters.
    const words = new Set([...DOMAIN_WORDS, ...SYNONYM_GROUPS.flat().filter((w) => CJK.test(w) && !/\s/.test(w))]);
    this.jieba.loadDict(Buffer.from([...words].map((w) => `${Segmenter.normalize(w)} 200000 n`).join('\n')));
  }

  static normalize(text: string): string {
    return text.normalize('NFKC').toLowerCase();
  }

  /** Fine-grained tokens for indexing: every dictionary word and its parts. */
  index(text: string): Tokens {
    return this.split(this.jieba.cutForSearch(Segmenter.normalize(text), true));
  }

  /** Coarse words of a query, stop words dropped: each becomes one concept. */
  words(text: string): string[] {
    const out: string[] = [];
    for (const token of this.jieba.cut(Segmenter.normalize(text), true)) {
      if (CJK.test(token)) {
        if (!STOPWORDS.has(token)) out.push(token);
      } else {
        for (const word of token.match(LATIN_WORD) ?? []) if (!STOPWORDS.has(word) && word.length > 1) out.push(word);
      }
    }
    return out;
  }

  /** The offsets at which the coarse words of a (normalized) text begin and end. */
  wordEdges(text: string): Set<number> {
    const edges = new Set<number>([0]);
    let at = 0;
    for (const token of this.jieba.cut(text, true)) edges.add((at += token.length));
    return edges;
  }

  /** The parts a Chinese word is indexed as, for matching a query word a document splits. */
  parts(word: string): string[] {
    return this.jieba.cutForSearch(word, true).filter((t) => t !== word && CJK.test(t) && t.length > 1);
  }

  private split(raw: string[]): Tokens {
    const cjk: string[] = [];
    const latin: string[] = [];
    for (const token of raw) {
      if (CJK.test(token)) {
        if (!STOPWORDS.has(token)) cjk.push(token);
      } else {
        latin.push(...latinTokens(token));
      }
    }
    return { cjk, latin };
  }
}

export function isCjk(text: string): boolean {
  return CJK.test(text);
}
