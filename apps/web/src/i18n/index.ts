import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale as AntdLocale } from 'antd/es/locale';
import antdZhCN from 'antd/es/locale/zh_CN';
import { setApiLanguage } from '../api/client';
import { zhCN } from './zh-CN';

dayjs.extend(utc);
dayjs.extend(timezone);

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'rongtong.language';

/** zh-CN first: a remembered choice, else the first of the browser's languages we speak. */
export function initialLanguage(
  stored: string | null = safeStorage()?.getItem(STORAGE_KEY) ?? null,
  preferred: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function apply(language: Language): void {
  setApiLanguage(language);
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  if (globalThis.document) document.documentElement.lang = language;
}

export const i18n = i18next.createInstance();

type Messages = typeof zhCN | (typeof import('./en'))['en'];
/**
 * Each language's strings and Ant Design's. Chinese, the reference and the likelier reader,
 * comes with the first load; English loads when chosen (before the first render when it is
 * the language), so nobody downloads both.
 */
const loaded: Partial<Record<Language, Messages>> = { 'zh-CN': zhCN };
const antdLocales: Partial<Record<Language, AntdLocale>> = { 'zh-CN': antdZhCN };

/** Makes a language's strings available (tests hand them in; the app loads them on demand). */
export function provideLanguage(language: Language, messages: Messages, antd?: AntdLocale): void {
  loaded[language] = messages;
  if (antd) antdLocales[language] = antd;
  if (i18n.isInitialized) i18n.addResourceBundle(language, 'translation', messages, true, true);
}

/** Loads a language's strings when they are not here yet. */
export async function loadLanguage(language: Language): Promise<void> {
  if (loaded[language] && antdLocales[language]) return;
  if (language === 'en') {
    const [messages, antd] = await Promise.all([import('./en'), import('antd/es/locale/en_US')]);
    provideLanguage('en', messages.en, antd.default);
  }
}

/**
 * Areas whose strings few visitors need: each loads with the pages that use it (see
 * withStrings), in the current language only, and again in another language when the
 * reader switches. Keys stay `org.…`, `disputes.…`, `myListings.…`, `sourcing.…` (i18next.d.ts types them).
 */
export type Area = 'org' | 'disputes' | 'myListings' | 'console' | 'sourcing';
type AreaMessages = object;
const AREAS: Record<Area, Record<Language, () => Promise<AreaMessages>>> = {
  org: {
    'zh-CN': () => import('../organization/i18n').then((m) => m.organizationZhCN),
    en: () => import('../organization/i18n.en').then((m) => m.organizationEn),
  },
  disputes: {
    'zh-CN': () => import('../disputes/i18n').then((m) => m.disputesZh),
    en: () => import('../disputes/i18n.en').then((m) => m.disputesEn),
  },
  myListings: {
    'zh-CN': () => import('../provider/listings/i18n').then((m) => m.myListingsZh),
    en: () => import('../provider/listings/i18n.en').then((m) => m.myListingsEn),
  },
  console: {
    'zh-CN': () => import('../console/i18n').then((m) => m.consoleZh),
    en: () => import('../console/i18n.en').then((m) => m.consoleEn),
  },
  sourcing: {
    'zh-CN': () => import('../sourcing/i18n').then((m) => m.sourcingZh),
    en: () => import('../sourcing/i18n.en').then((m) => m.sourcingEn),
  },
};
const areaMessages: Record<Language, Partial<Record<Area, AreaMessages>>> = { 'zh-CN': {}, en: {} };
/** Areas some page has asked for: a change of language loads them in the new one first. */
const areasInUse = new Set<Area>();

/** Makes an area's strings available in a language (tests hand them in; the app loads them). */
export function provideArea(area: Area, language: Language, messages: AreaMessages): void {
  areaMessages[language][area] = messages;
  if (i18n.isInitialized) i18n.addResourceBundle(language, 'translation', { [area]: messages }, true, true);
}

/** Loads an area's strings in a language (the current one unless told) when they are not here yet. */
export async function loadArea(area: Area, language: Language = currentLanguage()): Promise<void> {
  areasInUse.add(area);
  if (!areaMessages[language][area]) provideArea(area, language, await AREAS[area][language]());
}

/** A page's module once it and the strings of its areas are here (for lazy routes). */
export async function withStrings<T>(page: Promise<T>, ...areas: Area[]): Promise<T> {
  const [module] = await Promise.all([page, ...areas.map((area) => loadArea(area))]);
  return module;
}

/** Ant Design's texts for a language that has been loaded (Chinese until then). */
export function antdLocale(language: string): AntdLocale {
  return (language === 'en' ? antdLocales.en : undefined) ?? antdZhCN;
}

export function initI18n(language: Language = initialLanguage()): typeof i18n {
  apply(language);
  const resources = Object.fromEntries(
    Object.entries(loaded).map(([lang, translation]) => [
      lang,
      { translation: { ...translation, ...areaMessages[lang as Language] } },
    ]),
  );
  void i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18n;
}

/** Switches the UI language and remembers the choice on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  safeStorage()?.setItem(STORAGE_KEY, language);
  // Also told to the server, which paints a page's first view (before the app starts) in it.
  if (globalThis.document) document.cookie = `${STORAGE_KEY}=${language}; path=/; max-age=31536000; samesite=lax`;
  await Promise.all([loadLanguage(language), ...[...areasInUse].map((area) => loadArea(area, language))]);
  apply(language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
