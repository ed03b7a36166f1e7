import type { Locale } from './locale';
import type { Inline } from './render';

/** An in-app notification: a short title and one sentence, in the reader's language. */
export interface NotificationText {
  title: string;
  body: string;
}

/** A name or title as each language quotes it: 「扫描电镜」, “SEM test service”. */
export function quoted(text: string, locale: Locale): string {
  return locale === 'zh-CN' ? `「${text}」` : `“${text}”`;
}

/** How an email opens: with the reader's name when we know it. */
export function greeting(name: string | undefined, locale: Locale): string {
  const who = name?.trim();
  if (locale === 'zh-CN') return who ? `${who}，您好：` : '您好：';
  return who ? `Hello ${who},` : 'Hello,';
}

export function plainText(parts: readonly Inline[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.strong)).join('');
}

/** "3 hours", "1 hour"; Chinese counts without a plural. */
export function count(n: number, unit: { 'zh-CN': string; en: [string, string] }, locale: Locale): string {
  return locale === 'zh-CN' ? `${n} ${unit['zh-CN']}` : `${n} ${n === 1 ? unit.en[0] : unit.en[1]}`;
}
