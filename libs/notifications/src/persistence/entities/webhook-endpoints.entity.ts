import { EntitySchema } from 'typeorm';

/** A row of `webhook_endpoints` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface WebhookEndpointRow {
  id: string;
  organizationId: string;
  url: string;
  secret: string;
  eventTypes: string[];
  active: boolean;
  createdBy: string | null;
  createdAt: Date;
}

/** The `webhook_endpoints` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const WebhookEndpointEntity = new EntitySchema<WebhookEndpointRow>({
  name: 'webhook_endpoints',
  tableName: 'webhook_endpoints',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'webhook_endpoints_pkey',
      generated: 'uuid',
    },
    organizationId: { name: 'organization_id', type: 'uuid' },
    url: { name: 'url', type: 'text' },
    secret: { name: 'secret', type: 'text' },
    eventTypes: { name: 'event_types', type: 'text', array: true },
    active: { name: 'active', type: 'boolean', default: true },
    createdBy: { name: 'created_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    { name: 'webhook_endpoints_event_types_check', expression: '((cardinality(event_types) > 0))' },
    { name: 'webhook_endpoints_url_check', expression: '((length(url) <= 2000))' },
  ],
  foreignKeys: [
    {
      name: 'webhook_endpoints_created_by_fkey',
      columnNames: ['created_by'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
    {
      name: 'webhook_endpoints_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'webhook_endpoints_organization_idx', columns: ['organizationId'] }],
});
