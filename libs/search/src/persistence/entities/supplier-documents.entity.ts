import { EntitySchema } from 'typeorm';

/** A row of `supplier_documents` as the entity reads and writes it. */
export interface SupplierDocumentRow {
  id: string;
  document: unknown;
  tsv: string;
  regionCode: string | null;
  parkIds: string[];
  sizeClass: string | null;
  tierRank: number;
  certifications: string[];
  listingCount: number;
  sourceUpdatedAt: string;
  indexedAt: Date;
}

/** The `supplier_documents` table: its columns, keys and indexes, as the migrations made them. */
export const SupplierDocumentEntity = new EntitySchema<SupplierDocumentRow>({
  name: 'supplier_documents',
  tableName: 'supplier_documents',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'supplier_documents_pkey' },
    document: { name: 'document', type: 'jsonb' },
    tsv: { name: 'tsv', type: 'tsvector' },
    regionCode: { name: 'region_code', type: 'text', nullable: true },
    parkIds: { name: 'park_ids', type: 'uuid', array: true, default: () => `'{}'` },
    sizeClass: { name: 'size_class', type: 'text', nullable: true },
    tierRank: { name: 'tier_rank', type: 'smallint', default: 0 },
    certifications: { name: 'certifications', type: 'text', array: true, default: () => `'{}'` },
    listingCount: { name: 'listing_count', type: 'integer', default: 0 },
    sourceUpdatedAt: { name: 'source_updated_at', type: 'text' },
    indexedAt: { name: 'indexed_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  indices: [
    // USING gin (tsv)
    { name: 'supplier_documents_tsv_idx', columns: ['tsv'], synchronize: false },
    // USING gin (park_ids, certifications)
    { name: 'supplier_documents_filter_idx', columns: ['parkIds', 'certifications'], synchronize: false },
    // USING btree (region_code text_pattern_ops)
    { name: 'supplier_documents_region_idx', columns: ['regionCode'], synchronize: false },
  ],
});
