import { EntitySchema } from 'typeorm';

/** A row of `bookings` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface BookingRow {
  dealId: string;
  listingId: string;
  serviceMode: string;
  during: string;
  blocked: string;
  active: boolean;
}

/** The `bookings` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const BookingEntity = new EntitySchema<BookingRow>({
  name: 'bookings',
  tableName: 'bookings',
  columns: {
    dealId: { name: 'deal_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'bookings_pkey' },
    listingId: { name: 'listing_id', type: 'uuid' },
    serviceMode: { name: 'service_mode', type: 'text' },
    during: { name: 'during', type: 'tstzrange' },
    blocked: { name: 'blocked', type: 'tstzrange' },
    active: { name: 'active', type: 'boolean', default: true },
  },
  checks: [
    { name: 'bookings_check', expression: '((blocked @> during))' },
    {
      name: 'bookings_during_check',
      expression: '(((NOT isempty(during)) AND lower_inc(during) AND (NOT upper_inc(during))))',
    },
    {
      name: 'bookings_service_mode_check',
      expression: `((service_mode = ANY (ARRAY['self_operated'::text, 'technician_operated'::text])))`,
    },
  ],
  exclusions: [
    { name: 'bookings_no_overlap', expression: 'USING gist (listing_id WITH =, blocked WITH &&) WHERE (active)' },
  ],
  foreignKeys: [
    {
      name: 'bookings_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'bookings_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
    },
  ],
});
