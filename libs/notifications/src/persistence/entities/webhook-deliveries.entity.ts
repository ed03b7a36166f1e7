import { EntitySchema } from 'typeorm';

/** A row of `webhook_deliveries` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface WebhookDeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  occurredAt: Date;
  payload: unknown;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
}

/** The `webhook_deliveries` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const WebhookDeliveryEntity = new EntitySchema<WebhookDeliveryRow>({
  name: 'webhook_deliveries',
  tableName: 'webhook_deliveries',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'webhook_deliveries_pkey',
      generated: 'uuid',
    },
    endpointId: { name: 'endpoint_id', type: 'uuid' },
    eventId: { name: 'event_id', type: 'uuid' },
    eventType: { name: 'event_type', type: 'text' },
    occurredAt: { name: 'occurred_at', type: 'timestamp with time zone' },
    payload: { name: 'payload', type: 'jsonb' },
    status: { name: 'status', type: 'text', default: 'pending' },
    attempts: { name: 'attempts', type: 'integer', default: 0 },
    lastStatusCode: { name: 'last_status_code', type: 'integer', nullable: true },
    lastError: { name: 'last_error', type: 'text', nullable: true },
    lastAttemptAt: { name: 'last_attempt_at', type: 'timestamp with time zone', nullable: true },
    nextAttemptAt: { name: 'next_attempt_at', type: 'timestamp with time zone', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'webhook_deliveries_endpoint_event_key', columns: ['endpointId', 'eventId'] }],
  checks: [
    {
      name: 'webhook_deliveries_status_check',
      expression: `((status = ANY (ARRAY['pending'::text, 'succeeded'::text, 'failed'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'webhook_deliveries_endpoint_id_fkey',
      columnNames: ['endpoint_id'],
      target: 'webhook_endpoints',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [
    // USING btree (endpoint_id, created_at DESC)
    { name: 'webhook_deliveries_endpoint_created_idx', columns: ['endpointId', 'createdAt'], synchronize: false },
    { name: 'webhook_deliveries_event_idx', columns: ['eventId'] },
    { name: 'webhook_deliveries_pending_idx', columns: ['createdAt'], where: `status = 'pending'::text` },
  ],
});
