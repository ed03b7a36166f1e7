import { EntitySchema } from 'typeorm';

/** A row of `listing_imports` as the entity reads and writes it. */
export interface ListingImportRow {
  id: string;
  organizationId: string;
  createdBy: string;
  status: string;
  dryRun: boolean;
  submit: boolean;
  format: string;
  encoding: string;
  storageKey: string | null;
  filename: string | null;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: unknown;
  failure: unknown;
  createdAt: Date;
  finishedAt: Date | null;
}

/** The `listing_imports` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ListingImportEntity = new EntitySchema<ListingImportRow>({
  name: 'listing_imports',
  tableName: 'listing_imports',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'listing_imports_pkey',
      generated: 'uuid',
    },
    organizationId: { name: 'organization_id', type: 'uuid' },
    createdBy: { name: 'created_by', type: 'uuid' },
    status: { name: 'status', type: 'text', default: 'queued' },
    dryRun: { name: 'dry_run', type: 'boolean' },
    submit: { name: 'submit', type: 'boolean', default: false },
    format: { name: 'format', type: 'text' },
    encoding: { name: 'encoding', type: 'text', default: 'utf-8' },
    storageKey: { name: 'storage_key', type: 'text', nullable: true },
    filename: { name: 'filename', type: 'text', nullable: true },
    total: { name: 'total', type: 'integer', default: 0 },
    processed: { name: 'processed', type: 'integer', default: 0 },
    created: { name: 'created', type: 'integer', default: 0 },
    updated: { name: 'updated', type: 'integer', default: 0 },
    unchanged: { name: 'unchanged', type: 'integer', default: 0 },
    rejected: { name: 'rejected', type: 'jsonb', default: () => `'[]'` },
    failure: { name: 'failure', type: 'jsonb', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    finishedAt: { name: 'finished_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [
    { name: 'listing_imports_format_check', expression: `((format = ANY (ARRAY['csv'::text, 'xlsx'::text])))` },
    {
      name: 'listing_imports_status_check',
      expression: `((status = ANY (ARRAY['queued'::text, 'running'::text, 'done'::text, 'failed'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'listing_imports_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'listing_imports_created_by_fkey',
      columnNames: ['created_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [{ name: 'listing_imports_organization_idx', columns: ['organizationId', 'createdAt'] }],
});
