import { EntitySchema } from 'typeorm';

/** A row of `demand_matches` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface DemandMatchRow {
  id: string;
  demandId: string;
  listingId: string;
  providerOrganizationId: string;
  score: string;
  factors: unknown;
  status: string;
  dismissReason: string | null;
  providerInterestAt: Date | null;
  providerInterestBy: string | null;
  dealRequest: unknown;
  dealId: string | null;
  rankVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The `demand_matches` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const DemandMatchEntity = new EntitySchema<DemandMatchRow>({
  name: 'demand_matches',
  tableName: 'demand_matches',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'demand_matches_pkey', generated: 'uuid' },
    demandId: { name: 'demand_id', type: 'uuid' },
    listingId: { name: 'listing_id', type: 'uuid' },
    providerOrganizationId: { name: 'provider_organization_id', type: 'uuid' },
    score: { name: 'score', type: 'numeric' },
    factors: { name: 'factors', type: 'jsonb' },
    status: { name: 'status', type: 'text', default: 'proposed' },
    dismissReason: { name: 'dismiss_reason', type: 'text', nullable: true },
    providerInterestAt: { name: 'provider_interest_at', type: 'timestamp with time zone', nullable: true },
    providerInterestBy: { name: 'provider_interest_by', type: 'uuid', nullable: true },
    dealRequest: { name: 'deal_request', type: 'jsonb', nullable: true },
    dealId: { name: 'deal_id', type: 'uuid', nullable: true },
    rankVersion: { name: 'rank_version', type: 'integer', default: 1 },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'demand_matches_demand_listing', columns: ['demandId', 'listingId'] }],
  checks: [
    { name: 'demand_matches_check', expression: `(((status = 'dismissed'::text) = (dismiss_reason IS NOT NULL)))` },
    { name: 'demand_matches_check1', expression: `(((status <> 'accepted'::text) OR (deal_id IS NOT NULL)))` },
    { name: 'demand_matches_factors_check', expression: `((jsonb_typeof(factors) = 'array'::text))` },
    {
      name: 'demand_matches_status_check',
      expression: `((status = ANY (ARRAY['proposed'::text, 'accepted'::text, 'dismissed'::text])))`,
    },
  ],
  foreignKeys: [
    { name: 'demand_matches_deal_id_fkey', columnNames: ['deal_id'], target: 'deals', referencedColumnNames: ['id'] },
    {
      name: 'demand_matches_demand_id_fkey',
      columnNames: ['demand_id'],
      target: 'demands',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'demand_matches_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
    },
    {
      name: 'demand_matches_provider_interest_by_fkey',
      columnNames: ['provider_interest_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'demand_matches_provider_organization_id_fkey',
      columnNames: ['provider_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [
    { name: 'demand_matches_deal_idx', columns: ['dealId'], where: 'deal_id IS NOT NULL' },
    { name: 'demand_matches_proposed_by_listing', columns: ['listingId'], where: `status = 'proposed'::text` },
    // USING btree (provider_organization_id, created_at DESC)
    { name: 'demand_matches_provider_idx', columns: ['providerOrganizationId', 'createdAt'], synchronize: false },
    // USING btree (demand_id, score DESC)
    { name: 'demand_matches_ranked_idx', columns: ['demandId', 'score'], synchronize: false },
  ],
});
