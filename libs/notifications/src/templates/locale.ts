import { DEFAULT_LOCALE, isLocale, type Locale } from '@rongtong/kernel';

export { DEFAULT_LOCALE, LOCALES, type Locale } from '@rongtong/kernel';

/** A stored or carried locale (`users.locale`, an event's), or the default when it is missing or unknown. */
export function localeOr(value: unknown, fallback: Locale = DEFAULT_LOCALE): Locale {
  return isLocale(value) ? value : fallback;
}

/** Something said in each language: a text, or a function that words one. */
export type Localized<T = string> = Record<Locale, T>;
