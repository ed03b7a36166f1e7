import { randomUUID } from 'node:crypto';
import { UnitOfWork } from '@rongtong/platform';
import { eventually } from '../support/eventually';
import { Api, type Enterprise, makeUscc, uniqueEmail } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Problems in the caller's language: Accept-Language first, else the signed-in user's
 * locale, else zh-CN. Codes never change with the language.
 */
let app: TestApp;
let api: Api;
let sme: Enterprise;

beforeAll(async () => {
  app = await startTestApp();
  api = new Api(app);
  sme = await api.registerEnterprise();
});

afterAll(async () => {
  await app?.close();
});

const setUserLocale = (userId: string, locale: 'zh-CN' | 'en') =>
  app.api.get(UnitOfWork).db.query(`UPDATE users SET locale = $2 WHERE id = $1`, [userId, locale]);

/** A valid code with another check character: always refused for its check character. */
function wrongCheckCharacter(): string {
  const valid = makeUscc();
  return `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
}

const badUscc = (language?: string) =>
  api.call('POST', 'auth/register', {
    body: {
      organization: { name: '测试语言有限公司', uscc: wrongCheckCharacter() },
      user: { email: uniqueEmail('lang'), password: 'correct horse battery staple', displayName: 'L' },
    },
    headers: language ? { 'accept-language': language } : {},
  });

const badLogin = (language?: string) =>
  api.call('POST', 'auth/login', {
    body: { email: 42, password: 'x', remember: true },
    headers: language ? { 'accept-language': language } : {},
  });

describe('problem languages', () => {
  it('words a domain error in Chinese by default and in English when asked, with the same code', async () => {
    const zh = await badUscc();
    expect(zh.status).toBe(422);
    expect(zh.headers['content-language']).toBe('zh-CN');
    expect(zh.body).toMatchObject({
      code: 'USCC_INVALID',
      check: 'check_character',
      title: '无法处理的内容',
      detail: '统一社会信用代码校验位错误（GB 32100）：第 18 位与前 17 位不符',
    });

    const en = await badUscc('en-US,en;q=0.9,zh-CN;q=0.5');
    expect(en.headers['content-language']).toBe('en');
    expect(en.body).toMatchObject({ code: 'USCC_INVALID', title: 'Unprocessable Content' });
    expect(en.body.detail).toMatch(/^Unified social credit code failed the/);

    const hans = await badUscc('zh-Hans');
    expect(hans.headers['content-language']).toBe('zh-CN');
    expect(hans.body.detail).toMatch(/^统一社会信用代码/);
  });

  it('words DTO validation failures field by field, with their rule', async () => {
    const zh = await badLogin();
    expect(zh.status).toBe(400);
    expect(zh.body.code).toBe('VALIDATION_FAILED');
    expect(zh.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: '必须为文本', rule: 'isString' },
        { field: 'remember', message: '不是可识别的字段', rule: 'whitelistValidation' },
      ]),
    );
    expect(zh.body.detail).toContain('email：必须为文本');

    const en = await badLogin('en');
    expect(en.body.code).toBe('VALIDATION_FAILED');
    expect(en.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'email must be a string', rule: 'isString' },
        { field: 'remember', message: 'property remember should not exist', rule: 'whitelistValidation' },
      ]),
    );
  });

  it("words a domain reader's violations", async () => {
    const post = (language?: string) =>
      api.call('POST', 'demands', {
        token: sme.accessToken,
        body: { kind: 'capacity', title: '', description: '需要产能', details: {} },
        headers: language ? { 'accept-language': language } : {},
      });
    const zh = await post();
    expect(zh.status).toBe(422);
    expect(zh.body.code).toBe('DEMAND_INVALID');
    expect(zh.body.errors).toEqual(
      expect.arrayContaining([{ field: 'title', message: '不能为空', rule: 'not_blank' }]),
    );
    const en = await post('en');
    expect(en.body.errors).toEqual(
      expect.arrayContaining([{ field: 'title', message: 'must not be blank', rule: 'not_blank' }]),
    );
  });

  it("follows the signed-in user's locale when the request names none", async () => {
    const member = await api.registerEnterprise();
    const missing = (headers: Record<string, string> = {}) =>
      api.call('GET', `demands/${randomUUID()}`, { token: member.accessToken, headers });

    expect((await missing()).body).toMatchObject({ code: 'DEMAND_NOT_FOUND', detail: '需求不存在' });
    await setUserLocale(member.userId, 'en');
    // The actor cache hears of the change from PostgreSQL (LISTEN/NOTIFY): soon, not at once.
    const en = await eventually(
      async () => {
        const response = await missing();
        return response.headers['content-language'] === 'en' && response;
      },
      { what: "the user's new locale to reach the actor" },
    );
    expect(en.headers['content-language']).toBe('en');
    expect(en.body).toMatchObject({ code: 'DEMAND_NOT_FOUND', title: 'Not Found', detail: 'Demand not found' });
    // The request's own language comes first.
    expect((await missing({ 'accept-language': 'zh-CN' })).body.detail).toBe('需求不存在');
    // One the API does not speak leaves the user's.
    expect((await missing({ 'accept-language': 'fr' })).body.detail).toBe('Demand not found');
    await setUserLocale(member.userId, 'zh-CN');
  });

  it('words framework errors too', async () => {
    const zh = await api.call('GET', '/api/v1/nowhere');
    expect(zh.body).toMatchObject({ status: 404, code: 'NOT_FOUND', title: '未找到', detail: '请求的资源不存在' });
    const en = await api.call('GET', '/api/v1/nowhere', { headers: { 'accept-language': 'en' } });
    expect(en.body).toMatchObject({ code: 'NOT_FOUND', title: 'Not Found' });
    expect(en.body.detail).toBe('Cannot GET /api/v1/nowhere');
    const anonymous = await api.call('GET', 'me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.detail).toMatch(/\p{Script=Han}/u);
  });
});
