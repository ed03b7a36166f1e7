import { EntitySchema } from 'typeorm';

/** A row of `outbound_emails` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface OutboundEmailRow {
  id: string;
  eventId: string;
  template: string;
  toAddress: string;
  userId: string | null;
  subject: string;
  bodyText: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  bodyHtml: string | null;
  locale: string | null;
}

/** The `outbound_emails` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const OutboundEmailEntity = new EntitySchema<OutboundEmailRow>({
  name: 'outbound_emails',
  tableName: 'outbound_emails',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'outbound_emails_pkey',
      generated: 'uuid',
    },
    eventId: { name: 'event_id', type: 'uuid' },
    template: { name: 'template', type: 'text' },
    toAddress: { name: 'to_address', type: 'text' },
    userId: { name: 'user_id', type: 'uuid', nullable: true },
    subject: { name: 'subject', type: 'text' },
    bodyText: { name: 'body_text', type: 'text' },
    status: { name: 'status', type: 'text', default: 'pending' },
    attempts: { name: 'attempts', type: 'integer', default: 0 },
    lastError: { name: 'last_error', type: 'text', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    sentAt: { name: 'sent_at', type: 'timestamp with time zone', nullable: true },
    bodyHtml: { name: 'body_html', type: 'text', nullable: true },
    locale: { name: 'locale', type: 'text', nullable: true },
  },
  uniques: [{ name: 'outbound_emails_event_template_to_key', columns: ['eventId', 'template', 'toAddress'] }],
  checks: [
    { name: 'outbound_emails_locale_check', expression: `((locale = ANY (ARRAY['zh-CN'::text, 'en'::text])))` },
    {
      name: 'outbound_emails_status_check',
      expression: `((status = ANY (ARRAY['pending'::text, 'sent'::text, 'written'::text, 'failed'::text, 'skipped'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'outbound_emails_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
  ],
  indices: [{ name: 'outbound_emails_pending_idx', columns: ['createdAt'], where: `status = 'pending'::text` }],
});
