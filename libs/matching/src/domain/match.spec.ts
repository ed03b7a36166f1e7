import { matchReasonView } from './match';

describe('a match reason as the caller reads it', () => {
  it('is the text in their language, the contribution beside it', () => {
    const reason = {
      factor: 'category',
      contribution: 0.13,
      text: '同类目「机械加工」',
      texts: { 'zh-CN': '同类目「机械加工」', en: 'Same category: Machining' },
    };
    expect(matchReasonView(reason, 'en')).toEqual({
      factor: 'category',
      contribution: 0.13,
      text: 'Same category: Machining',
    });
  });

  it('drops the contribution that reasons scored before ended their text in', () => {
    const stored = { factor: 'category', contribution: 0.13, text: '同类目「机械加工」 +0.13' };
    expect(matchReasonView(stored, 'zh-CN').text).toBe('同类目「机械加工」');
    expect(matchReasonView({ ...stored, text: '评分 4.8（12 条）' }, 'zh-CN').text).toBe('评分 4.8（12 条）');
  });
});
