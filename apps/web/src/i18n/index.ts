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

/** Ant Design's texts for a language that has been loaded (Chinese until then). */
export function antdLocale(language: string): AntdLocale {
  return (language === 'en' ? antdLocales.en : undefined) ?? antdZhCN;
}

export function initI18n(language: Language = initialLanguage()): typeof i18n {
  apply(language);
  const resources = Object.fromEntries(Object.entries(loaded).map(([lang, translation]) => [lang, { translation }]));
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
  await loadLanguage(language);
  apply(language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}
