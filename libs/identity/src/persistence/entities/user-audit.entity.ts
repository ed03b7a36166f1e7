import { IDENTITY } from '@rongtong/platform';
import { EntitySchema } from 'typeorm';

/** A row of `user_audit` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface UserAuditRow {
  id: string;
  userId: string;
  actorUserId: string | null;
  action: string;
  reason: string | null;
  createdAt: Date;
}

/** The `user_audit` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const UserAuditEntity = new EntitySchema<UserAuditRow>({
  name: 'user_audit',
  tableName: 'user_audit',
  columns: {
    id: {
      name: 'id',
      type: 'bigint',
      primary: true,
      primaryKeyConstraintName: 'user_audit_pkey',
      ...IDENTITY,
    },
    userId: { name: 'user_id', type: 'uuid' },
    actorUserId: { name: 'actor_user_id', type: 'uuid', nullable: true },
    action: { name: 'action', type: 'text' },
    reason: { name: 'reason', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    { name: 'user_audit_action_check', expression: `((action = ANY (ARRAY['suspend'::text, 'reinstate'::text])))` },
  ],
  foreignKeys: [
    {
      name: 'user_audit_actor_user_id_fkey',
      columnNames: ['actor_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'user_audit_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'user_audit_user_idx', columns: ['userId', 'id'] }],
});
