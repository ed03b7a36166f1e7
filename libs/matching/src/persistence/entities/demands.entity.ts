import { EntitySchema } from 'typeorm';

/** A row of `demands` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface DemandRow {
  id: string;
  organizationId: string;
  createdBy: string;
  kind: string;
  title: string;
  description: string;
  category: string | null;
  regionCode: string | null;
  locationPreference: string;
  certifications: string[];
  budgetFen: string | null;
  deadline: string | null;
  details: unknown;
  visibility: string;
  status: string;
  statusReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** The `demands` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const DemandEntity = new EntitySchema<DemandRow>({
  name: 'demands',
  tableName: 'demands',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'demands_pkey', generated: 'uuid' },
    organizationId: { name: 'organization_id', type: 'uuid' },
    createdBy: { name: 'created_by', type: 'uuid' },
    kind: { name: 'kind', type: 'text' },
    title: { name: 'title', type: 'text' },
    description: { name: 'description', type: 'text' },
    category: { name: 'category', type: 'text', nullable: true },
    regionCode: { name: 'region_code', type: 'character', length: 6, nullable: true },
    locationPreference: { name: 'location_preference', type: 'text', default: 'anywhere' },
    certifications: { name: 'certifications', type: 'text', array: true, default: () => `'{}'` },
    budgetFen: { name: 'budget_fen', type: 'bigint', nullable: true },
    deadline: { name: 'deadline', type: 'date', nullable: true },
    details: { name: 'details', type: 'jsonb' },
    visibility: { name: 'visibility', type: 'text', default: 'providers' },
    status: { name: 'status', type: 'text', default: 'open' },
    statusReason: { name: 'status_reason', type: 'text', nullable: true },
    version: { name: 'version', type: 'integer', default: 1 },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
    closedAt: { name: 'closed_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [
    { name: 'demands_budget_fen_check', expression: '((budget_fen >= 0))' },
    {
      name: 'demands_check',
      expression: `(((closed_at IS NULL) = (status = ANY (ARRAY['open'::text, 'matched'::text]))))`,
    },
    {
      name: 'demands_kind_check',
      expression: `((kind = ANY (ARRAY['capacity'::text, 'equipment'::text, 'ip'::text])))`,
    },
    {
      name: 'demands_location_preference_check',
      expression: `((location_preference = ANY (ARRAY['same_park'::text, 'same_city'::text, 'same_province'::text, 'anywhere'::text])))`,
    },
    { name: 'demands_region_code_check', expression: `((region_code ~ '^[0-9]{6}$'::text))` },
    {
      name: 'demands_status_check',
      expression: `((status = ANY (ARRAY['open'::text, 'matched'::text, 'fulfilled'::text, 'closed'::text, 'expired'::text])))`,
    },
    {
      name: 'demands_visibility_check',
      expression: `((visibility = ANY (ARRAY['providers'::text, 'matcher_only'::text])))`,
    },
  ],
  foreignKeys: [
    { name: 'demands_created_by_fkey', columnNames: ['created_by'], target: 'users', referencedColumnNames: ['id'] },
    {
      name: 'demands_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [
    {
      name: 'demands_deadline_idx',
      columns: ['deadline'],
      where: `(status = ANY (ARRAY['open'::text, 'matched'::text])) AND (deadline IS NOT NULL)`,
    },
    // USING btree (organization_id, created_at DESC)
    { name: 'demands_organization_idx', columns: ['organizationId', 'createdAt'], synchronize: false },
    { name: 'demands_status_idx', columns: ['status', 'kind'] },
  ],
});
