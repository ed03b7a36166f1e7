import type { Locale, Localized } from '@rongtong/kernel';
import { GLOSSARY } from './glossary';

export type Params = Readonly<Record<string, unknown>>;

/**
 * A message's texts, one template per language. `{name}` is a parameter; `{name|term}`
 * is one read through the glossary's `term` table (`{status|listingStatus}`: 待审核).
 * Arrays are listed (`a, b` in English, `a、b` in Chinese).
 */
export type Texts = Localized;

/** One code, several messages: the one for `params[by]`, else `otherwise`. */
export interface Variants {
  by: string;
  cases: Readonly<Record<string, Texts>>;
  otherwise: Texts;
}

export type CatalogEntry = Texts | Variants;
export type MessageCatalog = Readonly<Record<string, CatalogEntry>>;

/** Reads a value through a term that is no glossary table (a violation, a period); undefined when unknown. */
export type TermReader = (term: string, value: unknown, locale: Locale) => string | undefined;

export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([A-Za-z]+))?\}/g;

export function isVariants(entry: CatalogEntry): entry is Variants {
  return 'by' in entry;
}

/** Every Texts of an entry (a variant entry has several). */
export function allTexts(entry: CatalogEntry): Texts[] {
  return isVariants(entry) ? [...Object.values(entry.cases), entry.otherwise] : [entry];
}

export function textsFor(entry: CatalogEntry, params: Params): Texts {
  if (!isVariants(entry)) return entry;
  const key = params[entry.by];
  return (typeof key === 'string' ? entry.cases[key] : undefined) ?? entry.otherwise;
}

/** The placeholders' names in a template, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export function fill(template: string, locale: Locale, params: Params, terms?: TermReader): string {
  return template.replace(PLACEHOLDER, (_, name: string, term: string | undefined) =>
    show(params[name], locale, term, terms),
  );
}

const SEPARATOR: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };
/** Lists already joined into one English string (`a, b`, `a or b`), split again for the glossary. */
const JOINED = /, | or | and /;

function show(value: unknown, locale: Locale, term: string | undefined, terms?: TermReader): string {
  if (value === undefined || value === null) return (term !== undefined && terms?.(term, undefined, locale)) || '';
  if (Array.isArray(value)) return value.map((v) => show(v, locale, term, terms)).join(SEPARATOR[locale]);
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : (JSON.stringify(value) ?? '');
  if (term === undefined) return text;
  const table = GLOSSARY[term];
  if (!table) return terms?.(term, value, locale) ?? text;
  if (table[text]) return table[text][locale];
  const parts = text.split(JOINED);
  return parts.length > 1 && parts.every((p) => table[p])
    ? parts.map((p) => table[p][locale]).join(SEPARATOR[locale])
    : text;
}
