/** The languages people read Rongtong in (`users.locale`); Chinese unless they chose English. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A stored or carried locale, or the default when it is missing or unknown. */
export function localeOr(value: unknown, fallback: Locale = DEFAULT_LOCALE): Locale {
  return (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : fallback;
}

/** A text in each language. */
export type Localized<T = string> = Record<Locale, T>;
