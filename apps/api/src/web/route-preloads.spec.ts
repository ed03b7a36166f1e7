import { type Manifest, routePreloads, stylesFirst, withPreloads } from './route-preloads';

const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-2.js' },
  '_card.js': { file: 'assets/card-3.js', imports: ['_react.js'] },
  'src/search/HomePage.tsx': { file: 'assets/HomePage-4.js', imports: ['_card.js', '_react.js'] },
  'src/listings/ListingPage.tsx': { file: 'assets/ListingPage-5.js', imports: ['_card.js'] },
  'src/listings/EquipmentBooking.tsx': { file: 'assets/EquipmentBooking-6.js', imports: ['_calendar.js'] },
  '_calendar.js': { file: 'assets/calendar-7.js' },
};

describe('routePreloads', () => {
  it('names a page’s chunk and its imports, leaving out what the entry already loads', () => {
    expect(routePreloads(MANIFEST, '/')).toEqual(['/assets/HomePage-4.js', '/assets/card-3.js']);
  });

  it('adds the listing’s kind panel, and nothing for pages it does not know', () => {
    expect(routePreloads(MANIFEST, '/listings/abc', ['src/listings/EquipmentBooking.tsx'])).toEqual([
      '/assets/ListingPage-5.js',
      '/assets/card-3.js',
      '/assets/EquipmentBooking-6.js',
      '/assets/calendar-7.js',
    ]);
    expect(routePreloads(MANIFEST, '/deals/abc')).toEqual([]);
    expect(routePreloads({}, '/')).toEqual([]);
  });
});

describe('withPreloads and stylesFirst', () => {
  const html =
    '<html><head>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width" />\n' +
    '<script type="module" src="/assets/index-1.js"></script>\n<link rel="stylesheet" crossorigin href="/assets/index-9.css">\n</head><body></body></html>';

  it('puts modulepreload and fetch preload links at the end of the head, escaped', () => {
    const out = withPreloads(html, ['/assets/a.js'], ['/api/v1/listings/1?a=1&b="2"']);
    expect(out).toContain('<link rel="modulepreload" crossorigin href="/assets/a.js">');
    expect(out).toContain(
      '<link rel="preload" as="fetch" crossorigin="use-credentials" href="/api/v1/listings/1?a=1&amp;b=&quot;2&quot;">',
    );
    expect(out.indexOf('modulepreload')).toBeLessThan(out.indexOf('</head>'));
    expect(withPreloads(html, [])).toBe(html);
  });

  it('moves the stylesheet ahead of the scripts', () => {
    const out = stylesFirst(html);
    expect(out.indexOf('rel="stylesheet"')).toBeLessThan(out.indexOf('<script'));
    expect(out.match(/rel="stylesheet"/g)).toHaveLength(1);
  });
});
