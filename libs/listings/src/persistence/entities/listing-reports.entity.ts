import { EntitySchema } from 'typeorm';

/** A row of `listing_reports` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ListingReportRow {
  id: string;
  listingId: string;
  reporterUserId: string;
  reason: string;
  status: string;
  createdAt: Date;
  resolvedBy: string | null;
  resolvedAt: Date | null;
}

/** The `listing_reports` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ListingReportEntity = new EntitySchema<ListingReportRow>({
  name: 'listing_reports',
  tableName: 'listing_reports',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'listing_reports_pkey',
      generated: 'uuid',
    },
    listingId: { name: 'listing_id', type: 'uuid' },
    reporterUserId: { name: 'reporter_user_id', type: 'uuid' },
    reason: { name: 'reason', type: 'text' },
    status: { name: 'status', type: 'text', default: 'open' },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    resolvedBy: { name: 'resolved_by', type: 'uuid', nullable: true },
    resolvedAt: { name: 'resolved_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [
    { name: 'listing_reports_status_check', expression: `((status = ANY (ARRAY['open'::text, 'resolved'::text])))` },
  ],
  foreignKeys: [
    {
      name: 'listing_reports_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'listing_reports_reporter_user_id_fkey',
      columnNames: ['reporter_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'listing_reports_resolved_by_fkey',
      columnNames: ['resolved_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [{ name: 'listing_reports_open_idx', columns: ['listingId'], where: `status = 'open'::text` }],
});
