import { EntitySchema } from 'typeorm';

/** A row of `verification_documents` as the entity reads and writes it. */
export interface VerificationDocumentRow {
  id: string;
  organizationId: string;
  kind: string;
  note: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
  createdAt: Date;
}

/** The `verification_documents` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const VerificationDocumentEntity = new EntitySchema<VerificationDocumentRow>({
  name: 'verification_documents',
  tableName: 'verification_documents',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'verification_documents_pkey',
      generated: 'uuid',
    },
    organizationId: { name: 'organization_id', type: 'uuid' },
    kind: { name: 'kind', type: 'text' },
    note: { name: 'note', type: 'text', nullable: true },
    fileName: { name: 'file_name', type: 'text' },
    contentType: { name: 'content_type', type: 'text' },
    sizeBytes: { name: 'size_bytes', type: 'integer' },
    sha256: { name: 'sha256', type: 'character', length: 64 },
    storageKey: { name: 'storage_key', type: 'text' },
    uploadedBy: { name: 'uploaded_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'verification_documents_storage_key_key', columns: ['storageKey'] }],
  checks: [
    {
      name: 'verification_documents_kind_check',
      expression: `((kind = ANY (ARRAY['business_licence'::text, 'srdi_certificate'::text, 'other'::text])))`,
    },
    { name: 'verification_documents_note_check', expression: '((length(note) <= 500))' },
    { name: 'verification_documents_size_bytes_check', expression: '((size_bytes > 0))' },
  ],
  foreignKeys: [
    {
      name: 'verification_documents_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'verification_documents_uploaded_by_fkey',
      columnNames: ['uploaded_by'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
  ],
  indices: [{ name: 'verification_documents_organization_idx', columns: ['organizationId', 'createdAt'] }],
});
