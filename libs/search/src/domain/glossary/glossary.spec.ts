import { STOPWORDS } from '../../text/segmenter';
import { type GlossaryEntry, GlossaryError, loadGlossary, MAX_EXPANSION, termsOf } from './glossary';
import data from './industrial-glossary.json';

const entry = (id: string, zh: string[], narrower?: string[]): GlossaryEntry => ({
  id,
  field: 'process',
  zh,
  en: [],
  sources: ['S'],
  ...(narrower ? { narrower } : {}),
});
const load = (...entries: GlossaryEntry[]) => loadGlossary({ sources: { S: 'a standard' }, entries });

describe('the industrial glossary', () => {
  const glossary = loadGlossary(data, STOPWORDS);

  it('loads: hundreds of entries with their sources, Chinese and English, regional words and abbreviations', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(250);
    const terms = glossary.entries.flatMap(termsOf);
    expect(terms.length).toBeGreaterThan(1500);
    expect(glossary.entries.filter((e) => e.yue?.length).length).toBeGreaterThan(20);
    expect(glossary.entries.filter((e) => e.tw?.length).length).toBeGreaterThan(40);
    for (const e of glossary.entries) expect(e.sources.length).toBeGreaterThan(0);
  });

  it.each([
    ['拉力机', ['万能试验机', 'UTM', 'tensile tester', '拉伸试验']],
    ['火花机', ['电火花', 'EDM', '放电加工']],
    ['三次元', ['三坐标', 'CMM']],
    ['金相分析', ['金相', 'metallography']],
  ])('says %s the ways people say it', (term, others) => {
    const group = glossary.groups.find((g) => g.includes(term));
    expect(group).toEqual(expect.arrayContaining(others));
  });

  it('lets a broad term find its narrower ones and not the reverse', () => {
    const of = (term: string) => glossary.expansions[glossary.groups.findIndex((g) => g.includes(term))];
    expect(of('铸造')).toEqual(expect.arrayContaining(['压铸', '一体化压铸', '精密铸造']));
    expect(of('压铸')).not.toContain('铸造');
    for (const expansion of glossary.expansions) expect(expansion.length).toBeLessThanOrEqual(MAX_EXPANSION);
  });
});

describe('loadGlossary', () => {
  it('rejects a loop of narrower entries', () => {
    expect(() => load(entry('a', ['铸造'], ['b']), entry('b', ['压铸'], ['c']), entry('c', ['锌压铸'], ['a']))).toThrow(
      /loop: a → b → c → a/,
    );
    expect(() => load(entry('a', ['铸造'], ['a']))).toThrow(GlossaryError);
  });

  it('rejects runaway expansions: too many terms, or too deep', () => {
    const many = Array.from({ length: MAX_EXPANSION }, (_, i) => `术语${i}`);
    expect(() => load(entry('a', ['铸造'], ['b']), entry('b', many))).toThrow(/expands to 81 terms/);
    expect(() =>
      load(
        entry('a', ['甲甲'], ['b']),
        entry('b', ['乙乙'], ['c']),
        entry('c', ['丙丙'], ['d']),
        entry('d', ['丁丁'], ['e']),
        entry('e', ['戊戊']),
      ),
    ).toThrow(/too deep/);
  });

  it('rejects a term in two entries, a one-character term, a stop word, a missing entry or source', () => {
    expect(() => load(entry('a', ['电镜']), entry('b', ['电镜', 'SEM']))).toThrow(/in both a and b/);
    expect(() => load(entry('a', ['铜']))).toThrow(/too short/);
    expect(() => load({ ...entry('a', ['铜合金']), en: ['x'] })).toThrow(/too short/);
    expect(() => loadGlossary({ sources: {}, entries: [entry('a', ['铜合金'])] })).toThrow(/unknown source/);
    expect(() => load(entry('a', ['铜合金'], ['zz']))).toThrow(/does not exist/);
    expect(() => loadGlossary({ sources: { S: 's' }, entries: [entry('a', ['需要'])] }, new Set(['需要']))).toThrow(
      /stop word/,
    );
  });
});
