import { homePaint, listingPaint, paintLanguage, searchPaint, withFirstPaint } from './first-paint';

describe('paintLanguage', () => {
  it.each([
    [undefined, 'en-US,en;q=0.9', 'en'],
    [undefined, 'zh-TW,zh;q=0.9,en;q=0.5', 'zh-CN'],
    [undefined, 'fr-FR', 'zh-CN'],
    ['a=1; rongtong.language=en', 'zh-CN', 'en'],
    ['rongtong.language=zh-CN', 'en', 'zh-CN'],
    ['rongtong.language=xx', 'en', 'en'],
  ])('cookie %s and Accept-Language %s → %s', (cookie, accept, expected) => {
    expect(paintLanguage(cookie, accept)).toBe(expected);
  });
});

describe('first paints', () => {
  const listing = {
    kind: 'equipment',
    title: '三坐标 <script>alert(1)</script>',
    titleEn: 'CMM',
    description: 'Zeiss & "CMM"',
    descriptionEn: null,
  };

  it('shows a listing’s title and description escaped, in the visitor’s language', () => {
    const zh = listingPaint(listing, 'zh-CN');
    expect(zh).toContain('三坐标 &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(zh).toContain('Zeiss &amp; &quot;CMM&quot;</p>');
    expect(zh).not.toContain('<script>');
    const en = listingPaint(listing, 'en');
    expect(en).toContain('>CMM</h1>');
    expect(en).toContain('Zeiss &amp; &quot;CMM&quot;</p>'); // no English description: the Chinese one
  });

  it('keeps only the <em> marks of a search highlight', () => {
    const html = searchPaint(
      '三坐标',
      [
        {
          document: { id: 'x', kind: 'equipment', title: 'T', description: 'D' },
          highlights: { description: '海克斯康<em>三坐标</em> &lt;b&gt; <img src=x>' },
        },
      ],
      'zh-CN',
    );
    expect(html).toContain('“三坐标”的搜索结果</h1>');
    expect(html).toContain('海克斯康<em>三坐标</em> &lt;b&gt; &lt;img src=x&gt;');
    expect(html).not.toContain('<img');
  });

  it('puts the paint inside the empty root only', () => {
    expect(withFirstPaint('<body><div id="root"></div></body>', homePaint('en'))).toContain(
      '<div id="root"><div class="first-paint">',
    );
    expect(withFirstPaint('<body></body>', homePaint('en'))).toBe('<body></body>');
    expect(withFirstPaint('<html lang="zh-CN"><body><div id="root"></div></body></html>', '<p>x</p>', 'en')).toBe(
      '<html lang="en"><body><div id="root"><p>x</p></div></body></html>',
    );
  });
});
