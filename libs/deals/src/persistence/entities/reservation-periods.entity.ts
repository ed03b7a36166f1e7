import { EntitySchema } from 'typeorm';

/** A row of `reservation_periods` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ReservationPeriodRow {
  dealId: string;
  listingId: string;
  periodStart: string;
  quantity: string;
  status: string;
}

/** The `reservation_periods` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ReservationPeriodEntity = new EntitySchema<ReservationPeriodRow>({
  name: 'reservation_periods',
  tableName: 'reservation_periods',
  columns: {
    dealId: { name: 'deal_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'reservation_periods_pkey' },
    listingId: { name: 'listing_id', type: 'uuid' },
    periodStart: {
      name: 'period_start',
      type: 'date',
      primary: true,
      primaryKeyConstraintName: 'reservation_periods_pkey',
    },
    quantity: { name: 'quantity', type: 'numeric' },
    status: { name: 'status', type: 'text' },
  },
  checks: [
    { name: 'reservation_periods_quantity_check', expression: '((quantity > (0)::numeric))' },
    {
      name: 'reservation_periods_status_check',
      expression: `((status = ANY (ARRAY['held'::text, 'committed'::text, 'released'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'reservation_periods_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'reservation_periods_listing_id_period_start_fkey',
      columnNames: ['listing_id', 'period_start'],
      target: 'capacity_periods',
      referencedColumnNames: ['listing_id', 'period_start'],
    },
  ],
});
