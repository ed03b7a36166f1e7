import { EntitySchema } from 'typeorm';

/** A row of `listing_revisions` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ListingRevisionRow {
  id: string;
  listingId: string;
  status: string;
  content: unknown;
  reason: string | null;
  submittedBy: string | null;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
}

/** The `listing_revisions` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ListingRevisionEntity = new EntitySchema<ListingRevisionRow>({
  name: 'listing_revisions',
  tableName: 'listing_revisions',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'listing_revisions_pkey',
      generated: 'uuid',
    },
    listingId: { name: 'listing_id', type: 'uuid' },
    status: { name: 'status', type: 'text' },
    content: { name: 'content', type: 'jsonb' },
    reason: { name: 'reason', type: 'text', nullable: true },
    submittedBy: { name: 'submitted_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    decidedBy: { name: 'decided_by', type: 'uuid', nullable: true },
    decidedAt: { name: 'decided_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [
    {
      name: 'listing_revisions_status_check',
      expression: `((status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text, 'superseded'::text, 'withdrawn'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'listing_revisions_decided_by_fkey',
      columnNames: ['decided_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'listing_revisions_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'listing_revisions_submitted_by_fkey',
      columnNames: ['submitted_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [
    { name: 'listing_revisions_one_pending', columns: ['listingId'], unique: true, where: `status = 'pending'::text` },
  ],
});
