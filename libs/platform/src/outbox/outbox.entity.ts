import { EntitySchema } from 'typeorm';

/** A row of `outbox` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface OutboxEventRow {
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
  requestId: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  attempts: number;
  lastError: string | null;
  routes: string[] | null;
  doneRoutes: string[];
  completedAt: Date | null;
}

/** The `outbox` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const OutboxEventEntity = new EntitySchema<OutboxEventRow>({
  name: 'outbox',
  tableName: 'outbox',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'outbox_pkey' },
    type: { name: 'type', type: 'text' },
    aggregateType: { name: 'aggregate_type', type: 'text' },
    aggregateId: { name: 'aggregate_id', type: 'text' },
    payload: { name: 'payload', type: 'jsonb' },
    requestId: { name: 'request_id', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    publishedAt: { name: 'published_at', type: 'timestamp with time zone', nullable: true },
    attempts: { name: 'attempts', type: 'integer', default: 0 },
    lastError: { name: 'last_error', type: 'text', nullable: true },
    routes: { name: 'routes', type: 'text', array: true, nullable: true },
    doneRoutes: { name: 'done_routes', type: 'text', array: true, default: () => `'{}'` },
    completedAt: { name: 'completed_at', type: 'timestamp with time zone', nullable: true },
  },
  indices: [
    { name: 'outbox_aggregate_idx', columns: ['aggregateType', 'aggregateId'] },
    { name: 'outbox_completed_idx', columns: ['completedAt'], where: 'completed_at IS NOT NULL' },
    {
      name: 'outbox_undelivered_idx',
      columns: ['publishedAt', 'id'],
      where: '(completed_at IS NULL) AND (published_at IS NOT NULL)',
    },
    { name: 'outbox_unpublished_idx', columns: ['createdAt', 'id'], where: 'published_at IS NULL' },
  ],
});
