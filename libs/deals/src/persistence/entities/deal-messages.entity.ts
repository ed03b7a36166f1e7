import { EntitySchema } from 'typeorm';

/** A row of `deal_messages` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface DealMessageRow {
  id: string;
  dealId: string;
  authorUserId: string;
  authorSide: string;
  body: string;
  documentIds: string[];
  createdAt: Date;
}

/** The `deal_messages` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const DealMessageEntity = new EntitySchema<DealMessageRow>({
  name: 'deal_messages',
  tableName: 'deal_messages',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'deal_messages_pkey', generated: 'uuid' },
    dealId: { name: 'deal_id', type: 'uuid' },
    authorUserId: { name: 'author_user_id', type: 'uuid' },
    authorSide: { name: 'author_side', type: 'text' },
    body: { name: 'body', type: 'text' },
    documentIds: { name: 'document_ids', type: 'uuid', array: true, default: () => `'{}'` },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    {
      name: 'deal_messages_author_side_check',
      expression: `((author_side = ANY (ARRAY['requester'::text, 'provider'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'deal_messages_author_user_id_fkey',
      columnNames: ['author_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'deal_messages_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'deal_messages_deal_idx', columns: ['dealId', 'createdAt'] }],
});
