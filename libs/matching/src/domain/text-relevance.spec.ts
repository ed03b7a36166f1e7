import { analyzeQuery, Segmenter } from '@rongtong/search';
import { demandTerms, listingText, matchText } from './text-relevance';

const segmenter = new Segmenter();
const analyze = (text: string) => analyzeQuery(segmenter, text, new Map(), { detectPlace: false }).concepts;
const terms = (...texts: string[]) => demandTerms(analyze, texts);

describe('demand terms and the text a listing says', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      'Chinese words, found as substrings of the listing',
      ['五轴CNC加工铝合金外壳'],
      ['五轴联动CNC加工中心', '7075铝合金复杂曲面件'],
      ['五轴', 'CNC', '加工', '铝合金'],
    ],
    ['synonyms across languages', ['5-axis machining of titanium'], ['五轴加工 钛合金结构件'], ['5-axis', 'titanium']],
    ['a hyphenated compound the listing writes whole', ['5-axis CNC'], ['5-axis cnc milling'], ['5-axis', 'CNC']],
    ['nothing in common', ['注塑成型'], ['扫描电镜测试'], []],
  ])('%s', (_, demand, listing, matched) => {
    const t = terms(...demand);
    const match = matchText(t, listingText(listing));
    expect([...match.matched].sort()).toEqual([...matched].sort());
    expect(match.total).toBe(t.concepts.length);
  });

  it.each([
    ['quantities, dates and filler', ['需求 2万件 3月 铝合金压铸'], ['铝合金', '压铸']],
    ['patent-transaction words (the licence type is a limit of its own)', ['专利独占许可 固态电解质'], ['固态电解质']],
    ['the units a quantity is counted in', ['需求 300 件 铝合金压铸 500 机时 2 台'], ['铝合金', '压铸']],
  ])('leaves out %s', (_, texts, kept) => {
    const t = terms(...texts).concepts.map((c) => c.text);
    expect(t).toEqual(expect.arrayContaining(kept));
    for (const dropped of ['需求', '2万件', '3月', '专利', '独占', '许可', '独占许可', '件', '机时', '台'])
      expect(t).not.toContain(dropped);
  });

  it("keeps at most 6 concepts, the title's first, each once", () => {
    const t = terms('五轴 铝合金 钛合金 不锈钢 铜合金 镁合金', '五轴 碳纤维').concepts.map((c) => c.text);
    expect(t).toHaveLength(6);
    expect(new Set(t).size).toBe(6);
    expect(t).not.toContain('碳纤维');
  });
});
