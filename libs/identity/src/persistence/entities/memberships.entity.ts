import { EntitySchema } from 'typeorm';

/** A row of `memberships` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface MembershipRow {
  userId: string;
  organizationId: string;
  role: string;
  createdAt: Date;
}

/** The `memberships` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const MembershipEntity = new EntitySchema<MembershipRow>({
  name: 'memberships',
  tableName: 'memberships',
  columns: {
    userId: { name: 'user_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'memberships_pkey' },
    organizationId: {
      name: 'organization_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'memberships_pkey',
    },
    role: { name: 'role', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    {
      name: 'memberships_role_check',
      expression: `((role = ANY (ARRAY['owner'::text, 'admin'::text, 'member'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'memberships_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'memberships_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'memberships_organization_idx', columns: ['organizationId'] }],
});
