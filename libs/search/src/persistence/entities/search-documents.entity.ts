import { EntitySchema } from 'typeorm';
import { SEARCH_FILTER_KEYS } from './search-filter-keys';

/** A row of `search_documents` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface SearchDocumentRow {
  id: string;
  kind: string;
  document: unknown;
  tsv: string;
  categorySlug: string;
  regionCode: string;
  parkIds: string[];
  visibility: string;
  priceFen: string | null;
  certifications: string[];
  serviceModes: string[];
  patentType: string | null;
  transactionTypes: string[];
  openLicence: boolean;
  latitude: number | null;
  longitude: number | null;
  publishedAt: Date;
  sourceUpdatedAt: string;
  indexedAt: Date;
  bucket: number;
  filterKeys: string[];
}

/** The `search_documents` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const SearchDocumentEntity = new EntitySchema<SearchDocumentRow>({
  name: 'search_documents',
  tableName: 'search_documents',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'search_documents_pkey' },
    kind: { name: 'kind', type: 'text' },
    document: { name: 'document', type: 'jsonb' },
    tsv: { name: 'tsv', type: 'tsvector' },
    categorySlug: { name: 'category_slug', type: 'text' },
    regionCode: { name: 'region_code', type: 'text' },
    parkIds: { name: 'park_ids', type: 'uuid', array: true, default: () => `'{}'` },
    visibility: { name: 'visibility', type: 'text' },
    priceFen: { name: 'price_fen', type: 'bigint', nullable: true },
    certifications: { name: 'certifications', type: 'text', array: true, default: () => `'{}'` },
    serviceModes: { name: 'service_modes', type: 'text', array: true, default: () => `'{}'` },
    patentType: { name: 'patent_type', type: 'text', nullable: true },
    transactionTypes: { name: 'transaction_types', type: 'text', array: true, default: () => `'{}'` },
    openLicence: { name: 'open_licence', type: 'boolean', default: false },
    latitude: { name: 'latitude', type: 'double precision', nullable: true },
    longitude: { name: 'longitude', type: 'double precision', nullable: true },
    publishedAt: { name: 'published_at', type: 'timestamp with time zone' },
    sourceUpdatedAt: { name: 'source_updated_at', type: 'text' },
    indexedAt: { name: 'indexed_at', type: 'timestamp with time zone', default: () => 'now()' },
    bucket: { name: 'bucket', type: 'integer', default: () => `(nextval('search_documents_bucket_seq') / 4096)` },
    filterKeys: {
      name: 'filter_keys',
      type: 'text',
      array: true,
      generatedType: 'STORED',
      asExpression: SEARCH_FILTER_KEYS,
      insert: false,
      update: false,
    },
  },
  indices: [
    { name: 'search_documents_bucket_idx', columns: ['bucket'] },
    // USING btree (kind, published_at DESC, id)
    { name: 'search_documents_kind_idx', columns: ['kind', 'publishedAt', 'id'], synchronize: false },
    // USING gin (filter_keys, certifications, service_modes, transaction_types, park_ids, tsv)
    {
      name: 'search_documents_match_idx',
      columns: ['filterKeys', 'certifications', 'serviceModes', 'transactionTypes', 'parkIds', 'tsv'],
      synchronize: false,
    },
    { name: 'search_documents_price_idx', columns: ['priceFen'] },
    // USING btree (published_at DESC, id)
    { name: 'search_documents_published_idx', columns: ['publishedAt', 'id'], synchronize: false },
  ],
});
