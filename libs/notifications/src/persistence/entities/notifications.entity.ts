import { EntitySchema } from 'typeorm';

/** A row of `notifications` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface NotificationRow {
  id: string;
  userId: string;
  organizationId: string;
  eventId: string;
  type: string;
  title: string;
  body: string;
  data: unknown;
  readAt: Date | null;
  createdAt: Date;
}

/** The `notifications` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const NotificationEntity = new EntitySchema<NotificationRow>({
  name: 'notifications',
  tableName: 'notifications',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'notifications_pkey', generated: 'uuid' },
    userId: { name: 'user_id', type: 'uuid' },
    organizationId: { name: 'organization_id', type: 'uuid' },
    eventId: { name: 'event_id', type: 'uuid' },
    type: { name: 'type', type: 'text' },
    title: { name: 'title', type: 'text' },
    body: { name: 'body', type: 'text' },
    data: { name: 'data', type: 'jsonb', default: () => `'{}'` },
    readAt: { name: 'read_at', type: 'timestamp with time zone', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'notifications_user_event_key', columns: ['userId', 'eventId'] }],
  foreignKeys: [
    {
      name: 'notifications_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'notifications_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [
    // USING btree (user_id, created_at DESC)
    { name: 'notifications_user_created_idx', columns: ['userId', 'createdAt'], synchronize: false },
    // USING btree (user_id, created_at DESC) WHERE (read_at IS NULL)
    {
      name: 'notifications_user_unread_idx',
      columns: ['userId', 'createdAt'],
      where: 'read_at IS NULL',
      synchronize: false,
    },
  ],
});
