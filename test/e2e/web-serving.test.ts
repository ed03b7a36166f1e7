import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listingBody, loadCorpus } from '../support/corpus';
import { Api, ADMIN_ENV, TEST_ADMIN } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { multipartForm, tinyPng } from '../support/uploads';

/** A built app as Vite writes it: index.html, hashed assets, a file at the root. */
const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <title>融通 Rongtong</title>
    <meta name="description" content="企业产能、设备与专利共享平台" />
    <script type="module" crossorigin src="/assets/index-4f2a9c1b.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

let app: TestApp;
let bare: TestApp;
let api: Api;
let webDir: string;
let listingId: string;
let photoId: string;
const corpus = loadCorpus();

beforeAll(async () => {
  webDir = mkdtempSync(path.join(tmpdir(), 'rongtong-web-'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), INDEX);
  writeFileSync(path.join(webDir, 'assets', 'index-4f2a9c1b.js'), 'console.log("app");\n');
  writeFileSync(path.join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = await startTestApp({
    env: {
      ...ADMIN_ENV,
      WEB_DIR: webDir,
      PUBLIC_WEB_URL: 'https://rongtong.example.cn',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    },
  });
  api = new Api(app);

  // A published listing whose title needs escaping, with a photo.
  const admin = await api.login(TEST_ADMIN.email, TEST_ADMIN.password);
  const provider = await api.registerEnterprise();
  const park = await api.createPark(admin.accessToken, '网页园区');
  await api.call('POST', `parks/${park.parkId}/memberships`, {
    token: provider.accessToken,
    body: { organizationId: provider.organizationId },
  });
  await api.call('POST', `parks/${park.parkId}/memberships/${provider.organizationId}/approve`, {
    token: park.operator.accessToken,
  });
  await api.call('POST', `organizations/${provider.organizationId}/verify`, { token: park.operator.accessToken });
  const body = listingBody(corpus.find((l) => l.ref === 'C001')!);
  const created = await api.call('POST', 'listings', {
    token: provider.accessToken,
    body: { ...body, title: '五轴加工 <script>alert("x")</script> & 检测' },
  });
  expect(created.status).toBe(201);
  listingId = created.body.id;
  const form = multipartForm([
    { name: 'purpose', value: 'photo' },
    { name: 'file', filename: 'line.png', content: tinyPng(8), contentType: 'image/png' },
  ]);
  const photo = await api.call('POST', `listings/${listingId}/attachments`, {
    token: provider.accessToken,
    body: form.body,
    headers: form.headers,
  });
  expect(photo.status).toBe(201);
  photoId = photo.body.id;
  expect((await api.call('POST', `listings/${listingId}/submit`, { token: provider.accessToken })).status).toBe(200);
  expect((await api.call('POST', `listings/${listingId}/approve`, { token: park.operator.accessToken })).status).toBe(
    200,
  );
}, 90_000);

afterAll(async () => {
  await app?.close();
  await bare?.close();
  rmSync(webDir, { recursive: true, force: true });
});

const get = (url: string, target: TestApp = app) => target.api.inject({ method: 'GET', url });

describe('the built web app, served by the API', () => {
  it('serves index.html at / without caching it unchecked', async () => {
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    // Painted before any script runs: the home page's heading in the visitor's language.
    expect(response.body).toContain('<div id="root"><div class="first-paint">');
    expect(response.body).toContain('找产能、约设备、谈专利</h1>');
    const english = await app.api.inject({ method: 'GET', url: '/', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.body).toContain('Find capacity, book equipment, license patents</h1>');
    expect(english.body).toContain('<html lang="en">');
    const chosen = await app.api.inject({
      method: 'GET',
      url: '/',
      headers: { 'accept-language': 'en', cookie: 'rongtong.language=zh-CN' },
    });
    expect(chosen.body).toContain('找产能、约设备、谈专利</h1>');
  });

  it('caches hashed assets for a year', async () => {
    const response = await get('/assets/index-4f2a9c1b.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toContain('console.log');
  });

  it('answers client routes with the app (SPA fallback), a missing file with a 404', async () => {
    for (const url of ['/deals/abc', '/invitations/accept?token=x']) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<div id="root"></div>');
    }
    // A search is painted with its heading (escaped) before the app starts; a malformed one is left to the app.
    const search = await get('/search?q=%3Cb%3E%E4%B8%89%E5%9D%90%E6%A0%87');
    expect(search.statusCode).toBe(200);
    expect(search.body).toContain('“&lt;b&gt;三坐标”的搜索结果</h1>');
    expect(search.body).not.toContain('<b>三坐标');
    const malformed = await get('/search?region=9');
    expect(malformed.statusCode).toBe(200);
    expect(malformed.body).toContain('<div id="root"></div>');
    expect((await get('/favicon.svg')).statusCode).toBe(200);
    expect((await get('/assets/missing-123.js')).statusCode).toBe(404);
    expect((await get('/missing.png')).statusCode).toBe(404);
  });

  it('never answers /api, /health or /metrics with the app: a wrong address stays a problem', async () => {
    for (const url of ['/api/unknown', '/api/v1/unknown', '/health/nope', '/metrics/x']) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().code).toBe('NOT_FOUND');
    }
  });

  it('writes a public listing’s title, description and Open Graph tags into the HTML, escaped', async () => {
    const response = await get(`/listings/${listingId}`);
    expect(response.statusCode).toBe(200);
    const html = response.body;
    const escaped = '五轴加工 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 检测';
    expect(html).toContain(`<title>${escaped} · 融通 Rongtong</title>`);
    expect(html).toContain(`<meta property="og:title" content="${escaped} · 融通 Rongtong">`);
    expect(html).not.toContain('<script>alert');
    expect(html).toMatch(/<meta name="description" content="[^"]+">/);
    expect(html).toContain('<meta property="og:type" content="product">');
    expect(html).toContain(`<meta property="og:url" content="https://rongtong.example.cn/listings/${listingId}">`);
    expect(html).toContain(
      `<meta property="og:image" content="https://rongtong.example.cn/api/v1/listings/${listingId}/attachments/${photoId}">`,
    );
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('<script'));
    // Its title in the body too, escaped, before any script; its data asked for with the HTML.
    expect(html).toContain(`<h1 class="title" style="font-size:24px;margin:8px 0 4px">${escaped}</h1>`);
    expect(html).toContain(
      `<link rel="preload" as="fetch" crossorigin="use-credentials" href="/api/v1/listings/${listingId}">`,
    );
  });

  it('answers an unknown listing with the app’s own tags and 404', async () => {
    for (const url of ['/listings/8d0c3c57-0000-4000-8000-000000000000', '/listings/not-an-id']) {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('<title>融通 Rongtong</title>');
      expect(response.body).not.toContain('og:title');
      expect(response.body).toContain('<div id="root"></div>');
      expect(response.body).not.toContain('rel="preload"');
    }
  });

  it('sends a Content-Security-Policy without inline script, and keeps Swagger UI working', async () => {
    const csp = String((await get('/')).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    const docs = await get('/api/docs');
    expect(docs.statusCode).toBe(200);
    expect(String(docs.headers['content-security-policy'])).toMatch(/script-src 'self' 'unsafe-inline'/);
  });
});

describe('without a built web app', () => {
  beforeAll(async () => {
    bare = await startTestApp({ env: { WEB_DIR: path.join(webDir, 'absent') } });
  });

  it('answers / and client routes with a problem 404, not a crash', async () => {
    for (const url of ['/', '/search', `/listings/${listingId}`, '/assets/index-4f2a9c1b.js']) {
      const response = await get(url, bare);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});
