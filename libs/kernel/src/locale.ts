/** The languages the API speaks. Chinese first: most of our users read it. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** What a caller gets when neither the request nor the user says otherwise. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** One text in every language the API speaks. */
export type Localized = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
