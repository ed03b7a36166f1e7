import { IDENTITY } from '@rongtong/platform';
import { EntitySchema } from 'typeorm';

/** A row of `membership_audit` as the entity reads and writes it (bigint as a string, as pg returns it). */
export interface MembershipAuditRow {
  id: string;
  organizationId: string;
  userId: string;
  actorUserId: string | null;
  action: string;
  fromRole: string;
  toRole: string | null;
  createdAt: Date;
}

/** The `membership_audit` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const MembershipAuditEntity = new EntitySchema<MembershipAuditRow>({
  name: 'membership_audit',
  tableName: 'membership_audit',
  columns: {
    id: {
      name: 'id',
      type: 'bigint',
      primary: true,
      primaryKeyConstraintName: 'membership_audit_pkey',
      ...IDENTITY,
    },
    organizationId: { name: 'organization_id', type: 'uuid' },
    userId: { name: 'user_id', type: 'uuid' },
    actorUserId: { name: 'actor_user_id', type: 'uuid', nullable: true },
    action: { name: 'action', type: 'text' },
    fromRole: { name: 'from_role', type: 'text' },
    toRole: { name: 'to_role', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    {
      name: 'membership_audit_action_check',
      expression: `((action = ANY (ARRAY['role_changed'::text, 'removed'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'membership_audit_actor_user_id_fkey',
      columnNames: ['actor_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'membership_audit_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'membership_audit_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'membership_audit_organization_idx', columns: ['organizationId', 'id'] }],
});
