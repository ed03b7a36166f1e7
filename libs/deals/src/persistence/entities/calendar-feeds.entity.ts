import { EntitySchema } from 'typeorm';

/** A row of `calendar_feeds` as the entity reads and writes it. */
export interface CalendarFeedRow {
  id: string;
  organizationId: string;
  listingId: string | null;
  nonce: string;
  tokenHash: string;
  createdBy: string | null;
  createdAt: Date;
}

/** The `calendar_feeds` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const CalendarFeedEntity = new EntitySchema<CalendarFeedRow>({
  name: 'calendar_feeds',
  tableName: 'calendar_feeds',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'calendar_feeds_pkey',
      generated: 'uuid',
    },
    organizationId: { name: 'organization_id', type: 'uuid' },
    listingId: { name: 'listing_id', type: 'uuid', nullable: true },
    nonce: { name: 'nonce', type: 'text' },
    tokenHash: { name: 'token_hash', type: 'text' },
    createdBy: { name: 'created_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'calendar_feeds_token_hash_key', columns: ['tokenHash'] }],
  foreignKeys: [
    {
      name: 'calendar_feeds_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'calendar_feeds_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'calendar_feeds_created_by_fkey',
      columnNames: ['created_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [
    { name: 'calendar_feeds_listing_key', columns: ['listingId'], unique: true, where: `listing_id IS NOT NULL` },
    { name: 'calendar_feeds_organization_key', columns: ['organizationId'], unique: true, where: `listing_id IS NULL` },
  ],
});
