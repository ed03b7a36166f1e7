import path from 'node:path';
import { ConfigError, DEV_DEFAULTS, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working local defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/rongtong');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.search.engine).toBe('postgres');
    expect(config.jwt.accessTtlSeconds).toBe(900);
    expect(config.platformAdmin?.email).toBe(DEV_DEFAULTS.platformAdminEmail);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ SEARCH_ENGINE: 'elastic' }, 'SEARCH_ENGINE'],
    [{ SEARCH_ENGINE: 'meilisearch' }, 'MEILI_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ SECRETS_KEY: 'short' }, 'SECRETS_KEY'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, 'SECRETS_KEY'],
    [{ PLATFORM_ADMIN_EMAIL: 'not-an-email' }, 'PLATFORM_ADMIN_EMAIL'],
    [{ UPLOAD_MAX_BYTES: '0' }, 'UPLOAD_MAX_BYTES'],
    [{ UPLOAD_MAX_BYTES: '1000', UPLOAD_MAX_PHOTO_BYTES: '2000' }, 'UPLOAD_MAX_PHOTO_BYTES'],
    [{ SMTP_URL: 'http://mail.example.cn' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'x' }, 'MAIL_FROM'],
    [{ PUBLIC_WEB_URL: 'ftp://rongtong.cn' }, 'PUBLIC_WEB_URL'],
    [{ WEBHOOK_TIMEOUT_MS: '0' }, 'WEBHOOK_TIMEOUT_MS'],
    [{ WEBHOOK_RETRY_BASE_MS: 'soon' }, 'WEBHOOK_RETRY_BASE_MS'],
    [{ MATCHING_WEIGHTS: '{distance: 0.2}' }, 'MATCHING_WEIGHTS'],
    [{ MATCHING_WEIGHTS: '{"distance": 2}' }, 'MATCHING_WEIGHTS'],
    [{ MATCHING_WEIGHTS: '[0.2]' }, 'MATCHING_WEIGHTS'],
    [{ MATCHING_MIN_SCORE: '1.5' }, 'MATCHING_MIN_SCORE'],
    [{ MATCHING_MAX_MATCHES: '0' }, 'MATCHING_MAX_MATCHES'],
  ])('refuses %j naming %s in one line', (env, variable) => {
    const attempt = () => loadConfig(env);
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('refuses dev defaults in production but accepts real secrets', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SECRETS_KEY: 'k'.repeat(40) };
    const config = loadConfig(production);
    expect(config.isProduction).toBe(true);
    expect(config.platformAdmin).toBeUndefined();
    expect(config.secrets).toEqual({ key: 'k'.repeat(40), oldKeys: [] });
    expect(
      loadConfig({ ...production, SECRETS_OLD_KEYS: ` ${'o'.repeat(40)} ,${'p'.repeat(40)}` }).secrets.oldKeys,
    ).toEqual(['o'.repeat(40), 'p'.repeat(40)]);
    expect(() => loadConfig({ ...production, JWT_SECRET: DEV_DEFAULTS.jwtSecret })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...production, SECRETS_KEY: DEV_DEFAULTS.secretsKey })).toThrow(/SECRETS_KEY/);
    expect(() => loadConfig({ ...production, SECRETS_KEY: production.JWT_SECRET })).toThrow(/SECRETS_KEY/);
    expect(() =>
      loadConfig({
        ...production,
        PLATFORM_ADMIN_EMAIL: 'a@b.cn',
        PLATFORM_ADMIN_PASSWORD: DEV_DEFAULTS.platformAdminPassword,
      }),
    ).toThrow(/PLATFORM_ADMIN_PASSWORD/);
    // Mail is never written to disk in production.
    expect(config.mail.dir).toBeUndefined();
    expect(() => loadConfig({ ...production, MAIL_DIR: '/var/mail' })).toThrow(/MAIL_DIR/);
  });

  it('resolves the upload directory against the working directory and caps the photo limit', () => {
    expect(loadConfig({}).uploads).toEqual({
      dir: path.resolve('var/uploads'),
      maxBytes: 10 * 1024 * 1024,
      maxPhotoBytes: 5 * 1024 * 1024,
    });
    expect(loadConfig({ UPLOAD_DIR: '/srv/rongtong/uploads', UPLOAD_MAX_BYTES: '1024' }).uploads).toEqual({
      dir: '/srv/rongtong/uploads',
      maxBytes: 1024,
      maxPhotoBytes: 1024,
    });
  });

  it('writes email to var/mail without SMTP_URL outside production, and reads the notification settings', () => {
    const defaults = loadConfig({});
    expect(defaults.mail).toEqual({
      smtpUrl: undefined,
      from: 'Rongtong 融通 <no-reply@rongtong.local>',
      dir: path.resolve('var/mail'),
    });
    expect(defaults.publicWebUrl).toBe('http://localhost:3000');
    expect(defaults.webhooks).toEqual({ timeoutMs: 5000, retryBaseMs: 10_000 });
    const set = loadConfig({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: 'Rongtong <mail@rongtong.cn>',
      PUBLIC_WEB_URL: 'https://rongtong.cn/',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_RETRY_BASE_MS: '50',
      MAIL_DIR: '/tmp/rongtong-mail',
    });
    expect(set.mail).toEqual({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Rongtong <mail@rongtong.cn>',
      dir: '/tmp/rongtong-mail',
    });
    expect(set.publicWebUrl).toBe('https://rongtong.cn');
    expect(set.webhooks).toEqual({ timeoutMs: 2000, retryBaseMs: 50 });
  });

  it('reads the matching settings, weights as a partial JSON object', () => {
    expect(loadConfig({}).matching).toEqual({ weights: {}, minScore: 0.35, maxMatches: 20 });
    expect(
      loadConfig({
        MATCHING_WEIGHTS: '{"distance": 0.3, "badge": 0}',
        MATCHING_MIN_SCORE: '0.5',
        MATCHING_MAX_MATCHES: '5',
      }).matching,
    ).toEqual({ weights: { distance: 0.3, badge: 0 }, minScore: 0.5, maxMatches: 5 });
  });

  it('treats blank variables as unset and splits CORS origins', () => {
    const config = loadConfig({ PORT: '', CORS_ORIGINS: 'https://a.cn, https://b.cn' });
    expect(config.http.port).toBe(3000);
    expect(config.http.corsOrigins).toEqual(['https://a.cn', 'https://b.cn']);
  });
});

describe('TRUST_PROXY', () => {
  it('trusts nobody when unset', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
  });

  it('takes a hop count or proxy addresses and CIDR ranges', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1,fd00::/8' }).http.trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      '::1',
      'fd00::/8',
    ]);
  });

  it.each(['true', '0', '10.0.0.0/33', 'proxy.local', '1.2.3.4/8/1'])('refuses %s', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });
});
