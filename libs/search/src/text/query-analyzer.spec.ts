import { analyzeQuery } from './query-analyzer';
import { Segmenter } from './segmenter';

describe('analyzeQuery', () => {
  const segmenter = new Segmenter();
  const words = (q: string, options: Parameters<typeof analyzeQuery>[3] = {}) => {
    const analyzed = analyzeQuery(segmenter, q, new Map(), options);
    return { kind: analyzed.kind, place: analyzed.place?.prefix, texts: analyzed.concepts.map((c) => c.text) };
  };

  it.each([
    ['solid-state battery patent', 'patent'],
    ['锂电池专利', '专利'],
    ['锂电池发明专利', '发明专利'],
    ['Patents for battery recycling', 'patents'],
  ])('takes the kind named in %j out of the words', (q, word) => {
    const { kind, texts } = words(q, { detectKind: true });
    expect(kind).toBe('ip');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ')).not.toContain(word.toLowerCase());
  });

  it('keeps the word when nothing else is asked, when another word merely contains it, or when not asked to', () => {
    expect(words('专利', { detectKind: true })).toMatchObject({ kind: undefined, texts: ['专利'] });
    expect(words('patented battery', { detectKind: true }).kind).toBeUndefined();
    expect(words('锂电池专利').kind).toBeUndefined();
    expect(words('锂电池专利').texts.join(' ')).toContain('专利');
  });

  it.each([
    ['瑞安 注塑', '330381'],
    ['龙湾区 注塑', '330303'],
    ['Wenzhou injection molding', '3303'],
    ['苏 注塑', '32'],
    ['浙 CNC', '33'],
    ['苏州注塑', '3205'],
  ])('narrows %j to the place it names', (q, prefix) => {
    expect(words(q).place).toBe(prefix);
  });

  it.each(['东方电气 检测', '注塑苏', '云计算 服务器', '合作 研发', '苏州', '龙门式三坐标 大型冲焊件检测', '瑞安注塑'])(
    'finds no place to narrow to in %j',
    (q) => {
      expect(words(q).place).toBeUndefined();
    },
  );

  it('takes a place and a kind from the same query', () => {
    expect(words('苏州 注塑 专利', { detectKind: true })).toMatchObject({ kind: 'ip', place: '3205' });
  });
});
