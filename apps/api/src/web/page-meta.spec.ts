import { escapeHtml, summary, withPageMeta } from './page-meta';

const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>融通</title>
    <meta name="description" content="generic" />
    <script type="module" crossorigin src="/assets/index-abc123.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('withPageMeta', () => {
  const html = withPageMeta(INDEX, {
    title: '三坐标测量机 <script>alert("x")</script>',
    description: 'Zeiss & "CMM"',
    url: 'https://rongtong.cn/listings/1',
    image: 'https://rongtong.cn/api/v1/listings/1/attachments/2',
    type: 'product',
  });

  it('puts the page’s title, description and Open Graph tags in the head before any script', () => {
    expect(html).toContain('<title>三坐标测量机 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>');
    expect(html).toContain('<meta name="description" content="Zeiss &amp; &quot;CMM&quot;">');
    expect(html).toContain('<meta property="og:type" content="product">');
    expect(html).toContain('<meta property="og:image" content="https://rongtong.cn/api/v1/listings/1/attachments/2">');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<meta charset')).toBeLessThan(html.indexOf('<title>'));
  });

  it('replaces the built title and description rather than adding a second', () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/name="description"/g)).toHaveLength(1);
    expect(html).not.toContain('generic');
    expect(html).not.toContain('<script>alert');
  });
});

describe('escapeHtml and summary', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('keeps one line of at most the length asked', () => {
    expect(summary('a\n\n b   c')).toBe('a b c');
    expect(summary('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
