import { IDENTITY } from '@rongtong/platform';
import { EntitySchema } from 'typeorm';

/** A row of `listing_free_time` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ListingFreeTimeRow {
  listingId: string;
  free: string;
  computedAt: Date;
  id: string;
}

/** The `listing_free_time` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ListingFreeTimeEntity = new EntitySchema<ListingFreeTimeRow>({
  name: 'listing_free_time',
  tableName: 'listing_free_time',
  columns: {
    listingId: { name: 'listing_id', type: 'uuid' },
    free: { name: 'free', type: 'tstzrange' },
    computedAt: { name: 'computed_at', type: 'timestamp with time zone', default: () => 'now()' },
    id: {
      name: 'id',
      type: 'bigint',
      primary: true,
      primaryKeyConstraintName: 'listing_free_time_pkey',
      ...IDENTITY,
    },
  },
  foreignKeys: [
    {
      name: 'listing_free_time_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [
    // USING gist (free)
    { name: 'listing_free_time_free_idx', columns: ['free'], synchronize: false },
    { name: 'listing_free_time_listing_idx', columns: ['listingId'] },
  ],
});
