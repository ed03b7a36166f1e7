import { IDENTITY } from '@rongtong/platform';
import { EntitySchema } from 'typeorm';

/** A row of `deal_events` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface DealEventRow {
  id: string;
  dealId: string;
  actorUserId: string | null;
  actorSide: string;
  action: string;
  fromState: string | null;
  toState: string;
  data: unknown;
  createdAt: Date;
}

/** The `deal_events` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const DealEventEntity = new EntitySchema<DealEventRow>({
  name: 'deal_events',
  tableName: 'deal_events',
  columns: {
    id: {
      name: 'id',
      type: 'bigint',
      primary: true,
      primaryKeyConstraintName: 'deal_events_pkey',
      ...IDENTITY,
    },
    dealId: { name: 'deal_id', type: 'uuid' },
    actorUserId: { name: 'actor_user_id', type: 'uuid', nullable: true },
    actorSide: { name: 'actor_side', type: 'text' },
    action: { name: 'action', type: 'text' },
    fromState: { name: 'from_state', type: 'text', nullable: true },
    toState: { name: 'to_state', type: 'text' },
    data: { name: 'data', type: 'jsonb', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    {
      name: 'deal_events_actor_side_check',
      expression: `((actor_side = ANY (ARRAY['requester'::text, 'provider'::text, 'system'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'deal_events_actor_user_id_fkey',
      columnNames: ['actor_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'deal_events_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'deal_events_deal_idx', columns: ['dealId', 'id'] }],
});
