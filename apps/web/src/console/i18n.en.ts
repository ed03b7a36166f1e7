import { operatorEn } from './operator/i18n.en';
import type { consoleZh } from './i18n';

/** Strings of the console in English: every key of ./i18n.ts (the Chinese reference), no more. Loaded only when English is the language. */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const consoleEn: Messages<typeof consoleZh> = {
  operator: operatorEn,
};
