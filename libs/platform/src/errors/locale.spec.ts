import { localeFromAcceptLanguage, negotiateLocale, requestLocale } from './locale';

describe('localeFromAcceptLanguage', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['ZH_cn', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-CN;q=0.5, en;q=0.8', 'en'],
    ['fr-FR, en;q=0.3, de;q=0.9', 'en'],
    ['en;q=0, zh;q=0.1', 'zh-CN'],
    [' en-us ; q=1 ', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('keeps the header order among equal weights', () => {
    expect(localeFromAcceptLanguage('en, zh')).toBe('en');
    expect(localeFromAcceptLanguage('zh, en')).toBe('zh-CN');
  });

  it.each([undefined, '', '*', 'fr, de;q=0.5', 'en;q=0', 'en;q=abc', 'x-klingon'])(
    '%p names nothing we speak',
    (header) => {
      expect(localeFromAcceptLanguage(header)).toBeUndefined();
    },
  );

  it('reads a header sent several times', () => {
    expect(localeFromAcceptLanguage(['fr', 'en-US'])).toBe('en');
  });
});

describe('negotiateLocale', () => {
  it('takes the header first, then the user, then zh-CN', () => {
    expect(negotiateLocale('en', 'zh-CN')).toBe('en');
    expect(negotiateLocale('zh', 'en')).toBe('zh-CN');
    expect(negotiateLocale(undefined, 'en')).toBe('en');
    expect(negotiateLocale('fr', 'en')).toBe('en');
    expect(negotiateLocale('*', 'en')).toBe('en');
    expect(negotiateLocale(undefined, undefined)).toBe('zh-CN');
    expect(negotiateLocale(undefined, 'fr')).toBe('zh-CN');
    expect(negotiateLocale(undefined, 42)).toBe('zh-CN');
  });

  it('reads the user from the request defensively', () => {
    expect(requestLocale({ headers: {}, user: { id: 'u', locale: 'en' } })).toBe('en');
    expect(requestLocale({ headers: {}, user: { id: 'u' } })).toBe('zh-CN');
    expect(requestLocale({ headers: {}, user: null })).toBe('zh-CN');
    expect(requestLocale({ headers: {} })).toBe('zh-CN');
    expect(requestLocale({ headers: { 'accept-language': 'zh-CN' }, user: { locale: 'en' } })).toBe('zh-CN');
  });
});
