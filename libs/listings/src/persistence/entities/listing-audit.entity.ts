import { IDENTITY } from '@rongtong/platform';
import { EntitySchema } from 'typeorm';

/** A row of `listing_audit` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ListingAuditRow {
  id: string;
  listingId: string;
  actorUserId: string | null;
  action: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
}

/** The `listing_audit` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ListingAuditEntity = new EntitySchema<ListingAuditRow>({
  name: 'listing_audit',
  tableName: 'listing_audit',
  columns: {
    id: {
      name: 'id',
      type: 'bigint',
      primary: true,
      primaryKeyConstraintName: 'listing_audit_pkey',
      ...IDENTITY,
    },
    listingId: { name: 'listing_id', type: 'uuid' },
    actorUserId: { name: 'actor_user_id', type: 'uuid', nullable: true },
    action: { name: 'action', type: 'text' },
    reason: { name: 'reason', type: 'text', nullable: true },
    before: { name: 'before', type: 'jsonb', nullable: true },
    after: { name: 'after', type: 'jsonb', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  foreignKeys: [
    {
      name: 'listing_audit_actor_user_id_fkey',
      columnNames: ['actor_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'listing_audit_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'listing_audit_listing_idx', columns: ['listingId', 'id'] }],
});
