const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiled patterns by their terms: a page's hits share their query's (a glossary term expands to dozens). */
const patterns = new Map<string, RegExp>();

function patternOf(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size >= 1000) patterns.clear();
    pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'gi');
    patterns.set(key, pattern);
  }
  return pattern;
}

/**
 * Marks the terms in `text` with <em>…</em> (case-insensitive, longest first), escaping
 * everything else, so a client can render it as HTML safely. With `crop`, returns about
 * that many characters around the first match.
 */
export function highlight(text: string, terms: readonly string[], crop?: number): string | undefined {
  const usable = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return undefined;
  const pattern = patternOf(usable);
  let source = text;
  if (crop !== undefined && text.length > crop) {
    const first = text.search(pattern);
    if (first < 0) return undefined;
    const start = Math.max(0, Math.min(first - Math.floor(crop / 3), text.length - crop));
    source = `${start > 0 ? '…' : ''}${text.slice(start, start + crop)}${start + crop < text.length ? '…' : ''}`;
  }
  let out = '';
  let last = 0;
  let matched = false;
  for (const match of source.matchAll(pattern)) {
    out += escapeHtml(source.slice(last, match.index)) + `<em>${escapeHtml(match[0])}</em>`;
    last = match.index + match[0].length;
    matched = true;
  }
  return matched ? out + escapeHtml(source.slice(last)) : undefined;
}
