import { IDENTITY } from '@rongtong/platform';
import { EntitySchema } from 'typeorm';

/** A row of `uscc_dispute_audit` as the entity reads and writes it (bigint as a string, as pg returns it). */
export interface UsccDisputeAuditRow {
  id: string;
  disputeId: string;
  action: string;
  actorUserId: string | null;
  reason: string | null;
  createdAt: Date;
}

/** The `uscc_dispute_audit` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const UsccDisputeAuditEntity = new EntitySchema<UsccDisputeAuditRow>({
  name: 'uscc_dispute_audit',
  tableName: 'uscc_dispute_audit',
  columns: {
    id: {
      name: 'id',
      type: 'bigint',
      primary: true,
      primaryKeyConstraintName: 'uscc_dispute_audit_pkey',
      ...IDENTITY,
    },
    disputeId: { name: 'dispute_id', type: 'uuid' },
    action: { name: 'action', type: 'text' },
    actorUserId: { name: 'actor_user_id', type: 'uuid', nullable: true },
    reason: { name: 'reason', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    {
      name: 'uscc_dispute_audit_action_check',
      expression: `((action = ANY (ARRAY['filed'::text, 'opened'::text, 'expired'::text, 'upheld'::text, 'dismissed'::text, 'claimed'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'uscc_dispute_audit_actor_user_id_fkey',
      columnNames: ['actor_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
    {
      name: 'uscc_dispute_audit_dispute_id_fkey',
      columnNames: ['dispute_id'],
      target: 'uscc_disputes',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'uscc_dispute_audit_dispute_idx', columns: ['disputeId', 'id'] }],
});
