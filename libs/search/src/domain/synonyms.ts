import { glossary } from './glossary/glossary';

/**
 * Equivalent terms across Chinese, English, regional trade words and shorthand: one group
 * per entry of the industrial glossary (glossary/industrial-glossary.json), shared by both
 * engines (Meilisearch's synonym setting; the PostgreSQL engine's query expansion), jieba's
 * user dictionary and the matcher. Add entries there, for whole domains of practice, never
 * for the wording of one query.
 */
export const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = glossary().groups;

/**
 * What a search for a term of `SYNONYM_GROUPS[i]` finds: the group and the groups of the
 * glossary's narrower entries (a search for 铸造 finds 压铸 and 精密铸造, not the reverse).
 */
export const SYNONYM_EXPANSIONS: ReadonlyArray<readonly string[]> = glossary().expansions;

/** The glossary entry of `SYNONYM_GROUPS[i]` and `SYNONYM_EXPANSIONS[i]`. */
export const GLOSSARY_ENTRY_IDS: ReadonlyArray<string> = glossary().entries.map((entry) => entry.id);

/**
 * Latin words of the glossary's terms (`metallography`, `erosion`): known vocabulary, never
 * "corrected" to a word of the index that merely looks like them.
 */
export const VOCABULARY_WORDS: ReadonlySet<string> = new Set(
  SYNONYM_GROUPS.flat().flatMap(
    (term) =>
      term
        .normalize('NFKC')
        .toLowerCase()
        .match(/[a-z][a-z0-9]*/g) ?? [],
  ),
);
