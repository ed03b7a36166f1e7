import { EntitySchema } from 'typeorm';

/** A row of `listing_attachments` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ListingAttachmentRow {
  id: string;
  listingId: string;
  purpose: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  createdBy: string | null;
  createdAt: Date;
}

/** The `listing_attachments` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ListingAttachmentEntity = new EntitySchema<ListingAttachmentRow>({
  name: 'listing_attachments',
  tableName: 'listing_attachments',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'listing_attachments_pkey',
      generated: 'uuid',
    },
    listingId: { name: 'listing_id', type: 'uuid' },
    purpose: { name: 'purpose', type: 'text' },
    filename: { name: 'filename', type: 'text' },
    contentType: { name: 'content_type', type: 'text' },
    sizeBytes: { name: 'size_bytes', type: 'integer' },
    sha256: { name: 'sha256', type: 'character', length: 64 },
    storageKey: { name: 'storage_key', type: 'text' },
    createdBy: { name: 'created_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'listing_attachments_storage_key_key', columns: ['storageKey'] }],
  checks: [
    {
      name: 'listing_attachments_purpose_check',
      expression: `((purpose = ANY (ARRAY['photo'::text, 'document'::text])))`,
    },
    { name: 'listing_attachments_size_bytes_check', expression: '((size_bytes > 0))' },
  ],
  foreignKeys: [
    {
      name: 'listing_attachments_created_by_fkey',
      columnNames: ['created_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'listing_attachments_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'listing_attachments_listing_idx', columns: ['listingId'] }],
});
