import { DEFAULT_LOCALE, type Locale } from '@rongtong/kernel';

/**
 * The language tag's locale: any Chinese is zh-CN (we write Simplified only: zh-TW and
 * zh-Hant readers get it too, rather than English), any English en; else undefined.
 */
export function localeOfTag(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
}

/**
 * The best locale an `Accept-Language` header asks for (RFC 9110 §12.5.4: weights by
 * `q`, the header's order among equals), or undefined when it names none we speak
 * (`*`, `fr`, absent).
 */
export function localeFromAcceptLanguage(header: string | readonly string[] | undefined): Locale | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let best: { locale: Locale; q: number } | undefined;
  for (const range of value.split(',')) {
    const [tag = '', ...parameters] = range.split(';');
    const locale = localeOfTag(tag);
    if (!locale) continue;
    const qParameter = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParameter === undefined ? 1 : Number(qParameter.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale, q };
  }
  return best?.locale;
}

/**
 * The language of what we say to a caller: what the request's `Accept-Language` asks
 * for, else the signed-in user's own locale, else zh-CN.
 */
export function negotiateLocale(acceptLanguage: string | readonly string[] | undefined, userLocale?: unknown): Locale {
  return (
    localeFromAcceptLanguage(acceptLanguage) ??
    (typeof userLocale === 'string' ? localeOfTag(userLocale) : undefined) ??
    DEFAULT_LOCALE
  );
}

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  user?: unknown;
}

/** `negotiateLocale` for a request, reading the user (the JWT strategy's actor) defensively. */
export function requestLocale(request: RequestLike): Locale {
  const user = request.user as { locale?: unknown } | undefined;
  return negotiateLocale(request.headers['accept-language'], user?.locale);
}
