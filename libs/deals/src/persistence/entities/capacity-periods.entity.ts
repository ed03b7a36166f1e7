import { EntitySchema } from 'typeorm';

/** A row of `capacity_periods` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface CapacityPeriodRow {
  listingId: string;
  periodStart: string;
  periodEnd: string;
  offered: string;
  held: string;
  committed: string;
}

/** The `capacity_periods` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const CapacityPeriodEntity = new EntitySchema<CapacityPeriodRow>({
  name: 'capacity_periods',
  tableName: 'capacity_periods',
  columns: {
    listingId: { name: 'listing_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'capacity_periods_pkey' },
    periodStart: {
      name: 'period_start',
      type: 'date',
      primary: true,
      primaryKeyConstraintName: 'capacity_periods_pkey',
    },
    periodEnd: { name: 'period_end', type: 'date' },
    offered: { name: 'offered', type: 'numeric' },
    held: { name: 'held', type: 'numeric', default: 0 },
    committed: { name: 'committed', type: 'numeric', default: 0 },
  },
  checks: [
    { name: 'capacity_periods_check', expression: '((period_end >= period_start))' },
    { name: 'capacity_periods_committed_check', expression: '((committed >= (0)::numeric))' },
    { name: 'capacity_periods_held_check', expression: '((held >= (0)::numeric))' },
    { name: 'capacity_periods_offered_check', expression: '((offered >= (0)::numeric))' },
    { name: 'capacity_periods_within_offer', expression: '(((held + committed) <= offered))' },
  ],
  foreignKeys: [
    {
      name: 'capacity_periods_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
});
