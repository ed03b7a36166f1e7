import { EntitySchema } from 'typeorm';

/** A row of `deals` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface DealRow {
  id: string;
  kind: string;
  /** Null only for an order (an RFQ's award). */
  listingId: string | null;
  listingTitle: string;
  requesterOrganizationId: string;
  requesterUserId: string;
  providerOrganizationId: string;
  state: string;
  turn: string | null;
  terms: unknown;
  holdExpiresAt: Date | null;
  cancelledBy: string | null;
  lateCancellation: boolean | null;
  stateReason: string | null;
  idempotencyKey: string | null;
  requestFingerprint: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  reviewsRevealedAt: Date | null;
}

/** The `deals` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const DealEntity = new EntitySchema<DealRow>({
  name: 'deals',
  tableName: 'deals',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'deals_pkey', generated: 'uuid' },
    kind: { name: 'kind', type: 'text' },
    listingId: { name: 'listing_id', type: 'uuid', nullable: true },
    listingTitle: { name: 'listing_title', type: 'text' },
    requesterOrganizationId: { name: 'requester_organization_id', type: 'uuid' },
    requesterUserId: { name: 'requester_user_id', type: 'uuid' },
    providerOrganizationId: { name: 'provider_organization_id', type: 'uuid' },
    state: { name: 'state', type: 'text' },
    turn: { name: 'turn', type: 'text', nullable: true },
    terms: { name: 'terms', type: 'jsonb' },
    holdExpiresAt: { name: 'hold_expires_at', type: 'timestamp with time zone', nullable: true },
    cancelledBy: { name: 'cancelled_by', type: 'text', nullable: true },
    lateCancellation: { name: 'late_cancellation', type: 'boolean', nullable: true },
    stateReason: { name: 'state_reason', type: 'text', nullable: true },
    idempotencyKey: { name: 'idempotency_key', type: 'text', nullable: true },
    requestFingerprint: { name: 'request_fingerprint', type: 'text', nullable: true },
    version: { name: 'version', type: 'integer', default: 1 },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
    closedAt: { name: 'closed_at', type: 'timestamp with time zone', nullable: true },
    reviewsRevealedAt: { name: 'reviews_revealed_at', type: 'timestamp with time zone', nullable: true },
  },
  uniques: [{ name: 'deals_idempotency_key', columns: ['requesterUserId', 'idempotencyKey'] }],
  checks: [
    {
      name: 'deals_cancelled_by_check',
      expression: `((cancelled_by = ANY (ARRAY['requester'::text, 'provider'::text])))`,
    },
    { name: 'deals_check', expression: '((requester_organization_id <> provider_organization_id))' },
    { name: 'deals_check1', expression: '(((idempotency_key IS NULL) = (request_fingerprint IS NULL)))' },
    {
      name: 'deals_kind_check',
      expression: `((kind = ANY (ARRAY['booking'::text, 'sample_test'::text, 'reservation'::text, 'licence'::text, 'order'::text])))`,
    },
    {
      name: 'deals_state_check',
      expression: `((state = ANY (ARRAY['requested'::text, 'countered'::text, 'confirmed'::text, 'accepted'::text, 'samples_received'::text, 'report_delivered'::text, 'completed'::text, 'no_show'::text, 'declined'::text, 'expired'::text, 'cancelled'::text, 'in_production'::text, 'shipped'::text, 'received'::text])))`,
    },
    { name: 'deals_order_listing_check', expression: `(((kind = 'order'::text) = (listing_id IS NULL)))` },
    { name: 'deals_turn_check', expression: `((turn = ANY (ARRAY['requester'::text, 'provider'::text])))` },
  ],
  foreignKeys: [
    { name: 'deals_listing_id_fkey', columnNames: ['listing_id'], target: 'listings', referencedColumnNames: ['id'] },
    {
      name: 'deals_provider_organization_id_fkey',
      columnNames: ['provider_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
    {
      name: 'deals_requester_organization_id_fkey',
      columnNames: ['requester_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
    {
      name: 'deals_requester_user_id_fkey',
      columnNames: ['requester_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [
    {
      name: 'deals_holds_idx',
      columns: ['holdExpiresAt'],
      where: `(hold_expires_at IS NOT NULL) AND (state = ANY (ARRAY['requested'::text, 'countered'::text]))`,
    },
    { name: 'deals_listing_idx', columns: ['listingId', 'state'] },
    // USING btree (provider_organization_id, created_at DESC)
    { name: 'deals_provider_idx', columns: ['providerOrganizationId', 'createdAt'], synchronize: false },
    // USING btree (requester_organization_id, created_at DESC)
    { name: 'deals_requester_idx', columns: ['requesterOrganizationId', 'createdAt'], synchronize: false },
  ],
});
