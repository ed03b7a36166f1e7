import { extractPlace, type Place } from '../domain/regions';
import { GLOSSARY_ENTRY_IDS, SYNONYM_EXPANSIONS, SYNONYM_GROUPS } from '../domain/synonyms';
import { isCjk, Segmenter } from './segmenter';

/** One way to say a concept: Chinese tokens and Latin words that must all appear. */
export interface Alternative {
  cjk: string[];
  latin: string[];
}

/** One thing the searcher asked for, with every way a listing may say it. */
export interface Concept {
  text: string;
  alternatives: Alternative[];
  /**
   * The glossary entry the concept names, when it names one: its alternatives are that
   * entry's expansion, which an index may hold as one term (the PostgreSQL engine does).
   */
  entry?: string;
}

export interface AnalyzedQuery {
  concepts: Concept[];
  /** A place named in the query, which narrows the search to its region. */
  place?: Place;
  /** A listing kind named in the query ("patent", "专利"), which narrows the search to it. */
  kind?: 'ip';
  /** Words to mark in highlights. */
  highlightTerms: string[];
}

/** Synonym members, longest first, each with what a search for it finds (its group and narrower ones). */
const MEMBERS = SYNONYM_GROUPS.flatMap((members, i) =>
  members.map((member) => ({
    member: Segmenter.normalize(member),
    group: SYNONYM_EXPANSIONS[i],
    entry: GLOSSARY_ENTRY_IDS[i],
  })),
).sort((a, b) => b.member.length - a.member.length);

/**
 * Words that name a kind of listing. A searcher who writes "battery patent" wants
 * patents about batteries, not listings whose text happens to say "patent" (every patent
 * listing is one, so the word ranks them by how often they say so).
 */
const KIND_WORDS: ReadonlyArray<{ kind: 'ip'; words: RegExp }> = [
  { kind: 'ip', words: /发明专利|专利|(?<![a-z0-9])patents?(?![a-z0-9])/g },
];

/** Latin words of a query, for the spelling check against the term dictionary. */
export function latinWords(text: string): string[] {
  return Segmenter.normalize(text).match(/[a-z][a-z0-9]*/g) ?? [];
}

/**
 * Turns a query into concepts: a place name becomes a region; misspelt Latin words are
 * replaced by their corrections; known terms expand to their synonym groups; every
 * other word matches itself or, for a Chinese word a listing may split, its parts.
 */
export function analyzeQuery(
  segmenter: Segmenter,
  raw: string,
  corrections: ReadonlyMap<string, string> = new Map(),
  { detectPlace = true, detectKind = false }: { detectPlace?: boolean; detectKind?: boolean } = {},
): AnalyzedQuery {
  let text = Segmenter.normalize(raw);
  let place: Place | undefined;
  if (detectPlace) {
    const found = extractPlace(text, segmenter.wordEdges(text));
    if (found && found.rest.trim()) {
      place = found.place;
      text = found.rest;
    }
  }
  let kind: AnalyzedQuery['kind'];
  if (detectKind) {
    // Like a place: taken out of the words only when others remain to search for.
    for (const { kind: named, words } of KIND_WORDS) {
      const rest = text.replace(words, ' ').replace(/\s+/g, ' ').trim();
      if (rest !== text.trim() && rest) {
        kind = named;
        text = rest;
      }
    }
  }
  text = text.replace(/[a-z][a-z0-9]*/g, (word) => corrections.get(word) ?? word);

  const concepts: Concept[] = [];
  const highlightTerms = new Set<string>();
  for (const { member, group, entry } of MEMBERS) {
    const at = findWhole(text, member);
    if (at < 0) continue;
    text = `${text.slice(0, at)} ${text.slice(at + member.length)}`;
    concepts.push({ text: member, alternatives: group.map((m) => alternative(segmenter, m)), entry });
    for (const m of group) highlightTerms.add(m);
  }
  for (const word of segmenter.words(text)) {
    const alternatives: Alternative[] = [alternative(segmenter, word)];
    const parts = isCjk(word) ? segmenter.parts(word) : [];
    if (parts.length > 1) alternatives.push({ cjk: parts, latin: [] });
    concepts.push({ text: word, alternatives });
    highlightTerms.add(word);
    for (const part of parts) highlightTerms.add(part);
  }
  return { concepts: dedupe(concepts), place, kind, highlightTerms: [...highlightTerms] };
}

/** Alternatives by segmenter and term: glossary groups recur in query after query. */
const alternativeCache = new WeakMap<Segmenter, Map<string, Alternative>>();

export function alternative(segmenter: Segmenter, term: string): Alternative {
  let known = alternativeCache.get(segmenter);
  if (!known) alternativeCache.set(segmenter, (known = new Map<string, Alternative>()));
  let found = known.get(term);
  if (!found) {
    if (known.size >= 20_000) known.clear();
    found = alternativeOf(segmenter, term);
    known.set(term, found);
  }
  return found;
}

function alternativeOf(segmenter: Segmenter, term: string): Alternative {
  const normalized = Segmenter.normalize(term);
  const tokens = segmenter.index(normalized);
  const whole = tokens.cjk.includes(normalized) ? [normalized] : [...new Set(tokens.cjk.filter((t) => t.length > 1))];
  return { cjk: isCjk(normalized) ? (whole.length ? whole : tokens.cjk) : [], latin: tokens.latin };
}

/** Where `term` stands in `text` as a whole word (Latin terms on word boundaries), or -1. */
function findWhole(text: string, term: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0) return -1;
    const before = text[at - 1];
    const after = text[at + term.length];
    const latinEdge = (c: string | undefined, edge: string | undefined) =>
      c !== undefined && edge !== undefined && /[a-z0-9]/.test(edge) && /[a-z0-9]/.test(c);
    if (!latinEdge(before, term[0]) && !latinEdge(after, term[term.length - 1])) return at;
    from = at + 1;
  }
}

function dedupe(concepts: Concept[]): Concept[] {
  const seen = new Set<string>();
  return concepts.filter((c) => {
    const key = JSON.stringify(c.alternatives);
    if (seen.has(key) || c.alternatives.every((a) => a.cjk.length === 0 && a.latin.length === 0)) return false;
    seen.add(key);
    return true;
  });
}
