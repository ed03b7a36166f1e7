import { EntitySchema } from 'typeorm';

/** A row of `search_index_state`: what the index was built with, by name. */
export interface SearchIndexStateRow {
  name: string;
  value: string;
  updatedAt: Date;
}

/** The `search_index_state` table, as the migrations made it. */
export const SearchIndexStateEntity = new EntitySchema<SearchIndexStateRow>({
  name: 'search_index_state',
  tableName: 'search_index_state',
  columns: {
    name: { name: 'name', type: 'text', primary: true, primaryKeyConstraintName: 'search_index_state_pkey' },
    value: { name: 'value', type: 'text' },
    updatedAt: { name: 'updated_at', type: 'timestamptz', default: () => 'now()' },
  },
});
