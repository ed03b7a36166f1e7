import data from './industrial-glossary.json';

/**
 * The bilingual industrial glossary (industrial-glossary.json): one entry per concept with
 * its standard Chinese name, colloquial, Cantonese and Taiwanese variants, abbreviations
 * and English, each entry with its sources. All terms of an entry are equivalent; an
 * entry's `narrower` entries (kinds of it) are found by a search for it, never the reverse.
 * Used by both engines' query expansion (the PostgreSQL analyzer, Meilisearch's synonyms),
 * by jieba's user dictionary and, through the analyzer, by the matcher.
 */
export interface GlossaryEntry {
  id: string;
  field: string;
  zh: string[];
  yue?: string[];
  tw?: string[];
  abbr?: string[];
  en: string[];
  narrower?: string[];
  sources: string[];
}

export interface GlossaryData {
  sources: Record<string, string>;
  entries: GlossaryEntry[];
}

export interface Glossary {
  entries: readonly GlossaryEntry[];
  /** Each entry's own terms (equivalents), as written. */
  groups: ReadonlyArray<readonly string[]>;
  /** Each entry's terms with those of every entry below it: what a search for one of them finds. */
  expansions: ReadonlyArray<readonly string[]>;
}

export class GlossaryError extends Error {
  constructor(message: string) {
    super(`glossary: ${message}`);
    this.name = 'GlossaryError';
  }
}

/**
 * Most terms one search term may expand to (its entry's and those below it): beyond this
 * an entry stops naming a concept and starts matching a whole trade.
 */
export const MAX_EXPANSION = 80;
/** Deepest chain of `narrower` links (casting → die casting → mega casting is 2). */
export const MAX_DEPTH = 3;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const FIELDS = new Set(['process', 'equipment', 'test', 'material', 'patent-field', 'service']);

export function termsOf(entry: GlossaryEntry): string[] {
  return [...entry.zh, ...(entry.yue ?? []), ...(entry.tw ?? []), ...(entry.abbr ?? []), ...entry.en];
}

function normalize(term: string): string {
  return term.normalize('NFKC').toLowerCase().trim();
}

/**
 * Reads and checks the glossary: every entry has a known field and known sources; no term
 * is a single Chinese character or a single letter (it would match nearly everything); a
 * term belongs to one entry only (two would chain their entries together); `narrower`
 * names existing entries without loops, no deeper than MAX_DEPTH, and no term expands to
 * more than MAX_EXPANSION terms. Throws GlossaryError otherwise.
 */
export function loadGlossary(raw: GlossaryData, stopwords: ReadonlySet<string> = new Set()): Glossary {
  if (!raw || !Array.isArray(raw.entries) || typeof raw.sources !== 'object') throw new GlossaryError('no entries');
  const byId = new Map<string, GlossaryEntry>();
  const owner = new Map<string, string>();
  for (const entry of raw.entries) {
    if (!entry.id || byId.has(entry.id)) throw new GlossaryError(`entry ${JSON.stringify(entry.id)} missing or twice`);
    if (!FIELDS.has(entry.field)) throw new GlossaryError(`${entry.id}: unknown field ${entry.field}`);
    if (!Array.isArray(entry.zh) || !Array.isArray(entry.en) || entry.zh.length + entry.en.length === 0)
      throw new GlossaryError(`${entry.id}: needs Chinese or English terms`);
    if (!entry.sources?.length) throw new GlossaryError(`${entry.id}: no sources`);
    for (const source of entry.sources)
      if (!(source in raw.sources)) throw new GlossaryError(`${entry.id}: unknown source ${source}`);
    byId.set(entry.id, entry);
    const own = new Set<string>();
    for (const term of termsOf(entry)) {
      const t = normalize(term);
      if (!t) throw new GlossaryError(`${entry.id}: empty term`);
      if ((CJK.test(t) && [...t].length < 2) || (!CJK.test(t) && t.replace(/[^a-z0-9]/g, '').length < 2))
        throw new GlossaryError(`${entry.id}: term ${JSON.stringify(term)} too short to mean one thing`);
      if (stopwords.has(t)) throw new GlossaryError(`${entry.id}: term ${JSON.stringify(term)} is a stop word`);
      if (own.has(t)) continue;
      own.add(t);
      const other = owner.get(t);
      if (other) throw new GlossaryError(`term ${JSON.stringify(term)} in both ${other} and ${entry.id}`);
      owner.set(t, entry.id);
    }
  }
  // Loops and depth: walk each entry's narrower links.
  const below = new Map<string, string[]>();
  const visit = (id: string, path: string[]): string[] => {
    if (path.includes(id)) throw new GlossaryError(`loop: ${[...path, id].join(' → ')}`);
    if (path.length > MAX_DEPTH) throw new GlossaryError(`too deep: ${[...path, id].join(' → ')}`);
    const known = below.get(id);
    if (known) return known;
    const entry = byId.get(id);
    if (!entry) throw new GlossaryError(`${path[path.length - 1]}: narrower entry ${id} does not exist`);
    const out = new Set<string>();
    for (const child of entry.narrower ?? []) {
      out.add(child);
      for (const grandchild of visit(child, [...path, id])) out.add(grandchild);
    }
    below.set(id, [...out]);
    return [...out];
  };
  const entries = [...byId.values()];
  const expansions = entries.map((entry) => {
    const terms = new Set(termsOf(entry));
    for (const id of visit(entry.id, [])) for (const term of termsOf(byId.get(id)!)) terms.add(term);
    if (terms.size > MAX_EXPANSION)
      throw new GlossaryError(`${entry.id} expands to ${terms.size} terms (at most ${MAX_EXPANSION})`);
    return [...terms];
  });
  return { entries, groups: entries.map((e) => [...new Set(termsOf(e))]), expansions };
}

let loaded: Glossary | undefined;

/** The repository's glossary, checked once on first use. */
export function glossary(stopwords?: ReadonlySet<string>): Glossary {
  loaded ??= loadGlossary(data, stopwords);
  return loaded;
}
