import { EntitySchema } from 'typeorm';

/** A row of `deal_offers` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface DealOfferRow {
  id: string;
  dealId: string;
  version: number;
  side: string;
  terms: unknown;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/** The `deal_offers` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const DealOfferEntity = new EntitySchema<DealOfferRow>({
  name: 'deal_offers',
  tableName: 'deal_offers',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'deal_offers_pkey', generated: 'uuid' },
    dealId: { name: 'deal_id', type: 'uuid' },
    version: { name: 'version', type: 'integer' },
    side: { name: 'side', type: 'text' },
    terms: { name: 'terms', type: 'jsonb' },
    note: { name: 'note', type: 'text', nullable: true },
    createdBy: { name: 'created_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'deal_offers_deal_id_version_key', columns: ['dealId', 'version'] }],
  checks: [
    { name: 'deal_offers_side_check', expression: `((side = ANY (ARRAY['requester'::text, 'provider'::text])))` },
    { name: 'deal_offers_version_check', expression: '((version >= 1))' },
  ],
  foreignKeys: [
    {
      name: 'deal_offers_created_by_fkey',
      columnNames: ['created_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'deal_offers_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
});
