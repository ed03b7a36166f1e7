import { EntitySchema } from 'typeorm';

/** A row of `search_terms` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface SearchTermRow {
  term: string;
  documents: number;
}

/** The `search_terms` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const SearchTermEntity = new EntitySchema<SearchTermRow>({
  name: 'search_terms',
  tableName: 'search_terms',
  columns: {
    term: { name: 'term', type: 'text', primary: true, primaryKeyConstraintName: 'search_terms_pkey' },
    documents: { name: 'documents', type: 'integer', default: 0 },
  },
  indices: [
    // USING btree (term text_pattern_ops)
    { name: 'search_terms_prefix_idx', columns: ['term'], synchronize: false },
    // USING gin (term gin_trgm_ops)
    { name: 'search_terms_trgm_idx', columns: ['term'], synchronize: false },
  ],
});
