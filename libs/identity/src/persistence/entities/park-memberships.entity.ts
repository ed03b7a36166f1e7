import { EntitySchema } from 'typeorm';

/** A row of `park_memberships` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ParkMembershipRow {
  parkId: string;
  organizationId: string;
  status: string;
  reason: string | null;
  requestedBy: string | null;
  requestedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
}

/** The `park_memberships` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ParkMembershipEntity = new EntitySchema<ParkMembershipRow>({
  name: 'park_memberships',
  tableName: 'park_memberships',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'park_memberships_pkey' },
    organizationId: {
      name: 'organization_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'park_memberships_pkey',
    },
    status: { name: 'status', type: 'text' },
    reason: { name: 'reason', type: 'text', nullable: true },
    requestedBy: { name: 'requested_by', type: 'uuid', nullable: true },
    requestedAt: { name: 'requested_at', type: 'timestamp with time zone', default: () => 'now()' },
    decidedBy: { name: 'decided_by', type: 'uuid', nullable: true },
    decidedAt: { name: 'decided_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [
    {
      name: 'park_memberships_status_check',
      expression: `((status = ANY (ARRAY['pending'::text, 'approved'::text, 'rejected'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'park_memberships_decided_by_fkey',
      columnNames: ['decided_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'park_memberships_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'park_memberships_park_id_fkey',
      columnNames: ['park_id'],
      target: 'parks',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'park_memberships_requested_by_fkey',
      columnNames: ['requested_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [{ name: 'park_memberships_organization_idx', columns: ['organizationId'] }],
});
