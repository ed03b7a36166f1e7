import { EntitySchema } from 'typeorm';

/** A row of `deal_documents` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface DealDocumentRow {
  id: string;
  dealId: string;
  purpose: string;
  storageKey: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  createdAt: Date;
}

/** The `deal_documents` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const DealDocumentEntity = new EntitySchema<DealDocumentRow>({
  name: 'deal_documents',
  tableName: 'deal_documents',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'deal_documents_pkey', generated: 'uuid' },
    dealId: { name: 'deal_id', type: 'uuid' },
    purpose: { name: 'purpose', type: 'text' },
    storageKey: { name: 'storage_key', type: 'text' },
    fileName: { name: 'file_name', type: 'text' },
    contentType: { name: 'content_type', type: 'text' },
    sizeBytes: { name: 'size_bytes', type: 'integer' },
    uploadedBy: { name: 'uploaded_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'deal_documents_storage_key_key', columns: ['storageKey'] }],
  checks: [
    { name: 'deal_documents_purpose_check', expression: `((purpose = ANY (ARRAY['message'::text, 'report'::text])))` },
    { name: 'deal_documents_size_bytes_check', expression: '((size_bytes > 0))' },
  ],
  foreignKeys: [
    {
      name: 'deal_documents_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'deal_documents_uploaded_by_fkey',
      columnNames: ['uploaded_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [{ name: 'deal_documents_deal_idx', columns: ['dealId', 'createdAt'] }],
});
