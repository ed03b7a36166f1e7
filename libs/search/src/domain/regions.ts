import { type PlaceName, placeNames } from '@rongtong/kernel';

export { regionNames } from '@rongtong/kernel';

/** A place named in a query: the region prefix it narrows to, and the name as written. */
export interface Place {
  prefix: string;
  name: string;
}

/**
 * Finds a place named in (normalized, lower-case) free text: the longest known name that
 * stands in it as its kind of name must (see `PlaceName.standing`): `wordEdges` are the
 * offsets at which the segmenter's words begin and end. Latin names match on word
 * boundaries. Returns it with the text left once it is taken out.
 */
export function extractPlace(
  text: string,
  wordEdges: ReadonlySet<number> = new Set(),
): { place: Place; rest: string } | undefined {
  const lower = text.toLowerCase();
  // Every name that occurs, in the order of placeNames() and then of the text: the
  // longest name that stands wins (looked up by first character, not name by name).
  const { byFirst } = nameIndex();
  const found: Array<{ rank: number; at: number; candidate: PlaceName }> = [];
  for (let at = 0; at < lower.length; at++) {
    for (const { rank, candidate } of byFirst.get(lower[at]) ?? []) {
      if (lower.startsWith(candidate.name, at)) found.push({ rank, at, candidate });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  for (const { at, candidate } of found) {
    if (!stands(lower, at, candidate, wordEdges)) continue;
    const end = at + candidate.name.length;
    const rest = `${text.slice(0, at)} ${text.slice(end)}`.replace(/\s+/g, ' ').trim();
    return { place: { prefix: candidate.prefix, name: text.slice(at, end) }, rest };
  }
  return undefined;
}

let names: { byFirst: Map<string, Array<{ rank: number; candidate: PlaceName }>> } | undefined;

function nameIndex(): NonNullable<typeof names> {
  if (names) return names;
  const byFirst = new Map<string, Array<{ rank: number; candidate: PlaceName }>>();
  placeNames().forEach((candidate, rank) => {
    const first = candidate.name[0];
    if (!byFirst.has(first)) byFirst.set(first, []);
    byFirst.get(first)!.push({ rank, candidate });
  });
  return (names = { byFirst });
}

function stands(text: string, at: number, { name, standing }: PlaceName, wordEdges: ReadonlySet<number>): boolean {
  const end = at + name.length;
  const before = text[at - 1];
  const after = text[end];
  if (/^[a-z]/.test(name)) {
    return !(before && /[a-z0-9']/.test(before)) && !(after && /[a-z0-9']/.test(after));
  }
  switch (standing) {
    case 'anywhere':
      return true;
    case 'word':
      return wordEdges.has(at) && wordEdges.has(end);
    case 'alone':
      return (before === undefined || /\s/.test(before)) && (after === undefined || /\s/.test(after));
  }
}
