import { EntitySchema } from 'typeorm';

/*
 * The analytics tables (migration 1764330000000-analytics): facts the worker re-derives per
 * entity and park, and the rollups their triggers keep. Dates are `YYYY-MM-DD` strings and
 * numeric sums strings, as pg returns them.
 */

export interface AnalyticsListingFactsRow {
  listingId: string;
  parkId: string;
  ownerOrganizationId: string;
  month: string;
  section: string;
  division: string;
  kind: string;
  status: string;
  weeklyHours: string;
  capacityUnit: string;
  capacityPer: string;
  capacityQuantity: string;
}

export const AnalyticsListingFactsEntity = new EntitySchema<AnalyticsListingFactsRow>({
  name: 'analytics_listing_facts',
  tableName: 'analytics_listing_facts',
  columns: {
    listingId: {
      name: 'listing_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_facts_pkey',
    },
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_listing_facts_pkey' },
    ownerOrganizationId: { name: 'owner_organization_id', type: 'uuid' },
    month: { name: 'month', type: 'date' },
    section: { name: 'section', type: 'text' },
    division: { name: 'division', type: 'text' },
    kind: { name: 'kind', type: 'text' },
    status: { name: 'status', type: 'text' },
    weeklyHours: { name: 'weekly_hours', type: 'numeric' },
    capacityUnit: { name: 'capacity_unit', type: 'text' },
    capacityPer: { name: 'capacity_per', type: 'text' },
    capacityQuantity: { name: 'capacity_quantity', type: 'numeric' },
  },
  indices: [{ name: 'analytics_listing_facts_owner_idx', columns: ['ownerOrganizationId'] }],
});

export interface AnalyticsDealFactsRow {
  dealId: string;
  parkId: string;
  month: string;
  section: string;
  division: string;
  kind: string;
  state: string;
  inside: boolean;
  served: boolean;
  requesterOrganizationId: string;
  requesterSize: string;
  requesterLevel: string;
  providerOrganizationId: string;
  providerSize: string;
  firstResponseSeconds: number | null;
  bookedWeek: string | null;
  bookedHours: string;
  licenceMonth: string | null;
  licenceOpen: boolean | null;
  licenceActive: boolean | null;
  licenceStartsOn: string | null;
  licenceEndsOn: string | null;
}

export const AnalyticsDealFactsEntity = new EntitySchema<AnalyticsDealFactsRow>({
  name: 'analytics_deal_facts',
  tableName: 'analytics_deal_facts',
  columns: {
    dealId: { name: 'deal_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_deal_facts_pkey' },
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_deal_facts_pkey' },
    month: { name: 'month', type: 'date' },
    section: { name: 'section', type: 'text' },
    division: { name: 'division', type: 'text' },
    kind: { name: 'kind', type: 'text' },
    state: { name: 'state', type: 'text' },
    inside: { name: 'inside', type: 'boolean' },
    served: { name: 'served', type: 'boolean' },
    requesterOrganizationId: { name: 'requester_organization_id', type: 'uuid' },
    requesterSize: { name: 'requester_size', type: 'text' },
    requesterLevel: { name: 'requester_level', type: 'text' },
    providerOrganizationId: { name: 'provider_organization_id', type: 'uuid' },
    providerSize: { name: 'provider_size', type: 'text' },
    firstResponseSeconds: { name: 'first_response_seconds', type: 'double precision', nullable: true },
    bookedWeek: { name: 'booked_week', type: 'date', nullable: true },
    bookedHours: { name: 'booked_hours', type: 'numeric' },
    licenceMonth: { name: 'licence_month', type: 'date', nullable: true },
    licenceOpen: { name: 'licence_open', type: 'boolean', nullable: true },
    licenceActive: { name: 'licence_active', type: 'boolean', nullable: true },
    licenceStartsOn: { name: 'licence_starts_on', type: 'date', nullable: true },
    licenceEndsOn: { name: 'licence_ends_on', type: 'date', nullable: true },
  },
  indices: [
    { name: 'analytics_deal_facts_park_idx', columns: ['parkId', 'month'] },
    { name: 'analytics_deal_facts_requester_idx', columns: ['requesterOrganizationId'] },
    { name: 'analytics_deal_facts_provider_idx', columns: ['providerOrganizationId'] },
    // (park_id, licence_ends_on) INCLUDE (licence_starts_on, section, division, licence_open) WHERE licence_active
    { name: 'analytics_deal_facts_in_force_idx', columns: ['parkId', 'licenceEndsOn'], synchronize: false },
  ],
});

export interface AnalyticsReservationFactsRow {
  dealId: string;
  parkId: string;
  periodStart: string;
  section: string;
  division: string;
  unit: string;
  per: string;
  quantity: string;
}

export const AnalyticsReservationFactsEntity = new EntitySchema<AnalyticsReservationFactsRow>({
  name: 'analytics_reservation_facts',
  tableName: 'analytics_reservation_facts',
  columns: {
    dealId: {
      name: 'deal_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_reservation_facts_pkey',
    },
    parkId: {
      name: 'park_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_reservation_facts_pkey',
    },
    periodStart: {
      name: 'period_start',
      type: 'date',
      primary: true,
      primaryKeyConstraintName: 'analytics_reservation_facts_pkey',
    },
    section: { name: 'section', type: 'text' },
    division: { name: 'division', type: 'text' },
    unit: { name: 'unit', type: 'text' },
    per: { name: 'per', type: 'text' },
    quantity: { name: 'quantity', type: 'numeric' },
  },
});

export interface AnalyticsListingRollupRow {
  parkId: string;
  month: string;
  section: string;
  division: string;
  kind: string;
  status: string;
  capacityUnit: string;
  capacityPer: string;
  listings: number;
  weeklyHours: string;
  capacityQuantity: string;
}

export const AnalyticsListingRollupEntity = new EntitySchema<AnalyticsListingRollupRow>({
  name: 'analytics_listing_rollup',
  tableName: 'analytics_listing_rollup',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_listing_rollup_pkey' },
    month: { name: 'month', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_listing_rollup_pkey' },
    section: {
      name: 'section',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_rollup_pkey',
    },
    division: {
      name: 'division',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_rollup_pkey',
    },
    kind: { name: 'kind', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_listing_rollup_pkey' },
    status: { name: 'status', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_listing_rollup_pkey' },
    capacityUnit: {
      name: 'capacity_unit',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_rollup_pkey',
    },
    capacityPer: {
      name: 'capacity_per',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_rollup_pkey',
    },
    listings: { name: 'listings', type: 'integer' },
    weeklyHours: { name: 'weekly_hours', type: 'numeric' },
    capacityQuantity: { name: 'capacity_quantity', type: 'numeric' },
  },
});

export interface AnalyticsDealRollupRow {
  parkId: string;
  month: string;
  section: string;
  division: string;
  kind: string;
  state: string;
  inside: boolean;
  deals: number;
}

export const AnalyticsDealRollupEntity = new EntitySchema<AnalyticsDealRollupRow>({
  name: 'analytics_deal_rollup',
  tableName: 'analytics_deal_rollup',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_deal_rollup_pkey' },
    month: { name: 'month', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_deal_rollup_pkey' },
    section: { name: 'section', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_deal_rollup_pkey' },
    division: { name: 'division', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_deal_rollup_pkey' },
    kind: { name: 'kind', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_deal_rollup_pkey' },
    state: { name: 'state', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_deal_rollup_pkey' },
    inside: { name: 'inside', type: 'boolean', primary: true, primaryKeyConstraintName: 'analytics_deal_rollup_pkey' },
    deals: { name: 'deals', type: 'integer' },
  },
});

export interface AnalyticsBookingRollupRow {
  parkId: string;
  week: string;
  section: string;
  division: string;
  bookings: number;
  bookedHours: string;
}

export const AnalyticsBookingRollupEntity = new EntitySchema<AnalyticsBookingRollupRow>({
  name: 'analytics_booking_rollup',
  tableName: 'analytics_booking_rollup',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_booking_rollup_pkey' },
    week: { name: 'week', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_booking_rollup_pkey' },
    section: {
      name: 'section',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_booking_rollup_pkey',
    },
    division: {
      name: 'division',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_booking_rollup_pkey',
    },
    bookings: { name: 'bookings', type: 'integer' },
    bookedHours: { name: 'booked_hours', type: 'numeric' },
  },
});

export interface AnalyticsPartyRollupRow {
  parkId: string;
  month: string;
  section: string;
  division: string;
  organizationId: string;
  role: string;
  sizeClass: string;
  level: string;
  deals: number;
}

export const AnalyticsPartyRollupEntity = new EntitySchema<AnalyticsPartyRollupRow>({
  name: 'analytics_party_rollup',
  tableName: 'analytics_party_rollup',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_party_rollup_pkey' },
    month: { name: 'month', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_party_rollup_pkey' },
    section: { name: 'section', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_party_rollup_pkey' },
    division: {
      name: 'division',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_party_rollup_pkey',
    },
    organizationId: {
      name: 'organization_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_party_rollup_pkey',
    },
    role: { name: 'role', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_party_rollup_pkey' },
    sizeClass: {
      name: 'size_class',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_party_rollup_pkey',
    },
    level: { name: 'level', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_party_rollup_pkey' },
    deals: { name: 'deals', type: 'integer' },
  },
  indices: [
    // (park_id, month) INCLUDE (section, division, organization_id, role, size_class, level) WHERE deals > 0
    { name: 'analytics_party_rollup_served_idx', columns: ['parkId', 'month'], synchronize: false },
  ],
});

export interface AnalyticsLicenceRollupRow {
  parkId: string;
  month: string;
  section: string;
  division: string;
  openLicence: boolean;
  granted: number;
}

export const AnalyticsLicenceRollupEntity = new EntitySchema<AnalyticsLicenceRollupRow>({
  name: 'analytics_licence_rollup',
  tableName: 'analytics_licence_rollup',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_licence_rollup_pkey' },
    month: { name: 'month', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_licence_rollup_pkey' },
    section: {
      name: 'section',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_licence_rollup_pkey',
    },
    division: {
      name: 'division',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_licence_rollup_pkey',
    },
    openLicence: {
      name: 'open_licence',
      type: 'boolean',
      primary: true,
      primaryKeyConstraintName: 'analytics_licence_rollup_pkey',
    },
    granted: { name: 'granted', type: 'integer' },
  },
});

export interface AnalyticsCapacityRollupRow {
  parkId: string;
  month: string;
  section: string;
  division: string;
  unit: string;
  per: string;
  reserved: string;
}

export const AnalyticsCapacityRollupEntity = new EntitySchema<AnalyticsCapacityRollupRow>({
  name: 'analytics_capacity_rollup',
  tableName: 'analytics_capacity_rollup',
  columns: {
    parkId: {
      name: 'park_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_capacity_rollup_pkey',
    },
    month: { name: 'month', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_capacity_rollup_pkey' },
    section: {
      name: 'section',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_capacity_rollup_pkey',
    },
    division: {
      name: 'division',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_capacity_rollup_pkey',
    },
    unit: { name: 'unit', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_capacity_rollup_pkey' },
    per: { name: 'per', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_capacity_rollup_pkey' },
    reserved: { name: 'reserved', type: 'numeric' },
  },
});

export interface AnalyticsResponseRollupRow {
  parkId: string;
  month: string;
  section: string;
  division: string;
  /** 0: under a second; b ≥ 1: [1.05^(b-1), 1.05^b) seconds (analytics_response_bucket). */
  bucket: number;
  deals: number;
}

/** Histogram of the time to a provider's first response (migration 1764430000000-analytics-reads). */
export const AnalyticsResponseRollupEntity = new EntitySchema<AnalyticsResponseRollupRow>({
  name: 'analytics_response_rollup',
  tableName: 'analytics_response_rollup',
  columns: {
    parkId: {
      name: 'park_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_response_rollup_pkey',
    },
    month: { name: 'month', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_response_rollup_pkey' },
    section: {
      name: 'section',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_response_rollup_pkey',
    },
    division: {
      name: 'division',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_response_rollup_pkey',
    },
    bucket: {
      name: 'bucket',
      type: 'smallint',
      primary: true,
      primaryKeyConstraintName: 'analytics_response_rollup_pkey',
    },
    deals: { name: 'deals', type: 'integer' },
  },
  indices: [
    // (park_id, month) INCLUDE (section, division, bucket, deals): the histogram by industry read from the index alone
    { name: 'analytics_response_rollup_read_idx', columns: ['parkId', 'month'], synchronize: false },
  ],
});

/*
 * The rollups shaped like the park page (migration 1764470000000-analytics-shaped-rollups):
 * kept by the same statement triggers as the others, each primary key INCLUDEs the count so
 * that a period is summed from the index alone.
 */

export interface AnalyticsListingMonthRollupRow {
  parkId: string;
  month: string;
  section: string;
  division: string;
  kind: string;
  status: string;
  listings: number;
}

/** Listings per park, month, industry, kind and status. */
export const AnalyticsListingMonthRollupEntity = new EntitySchema<AnalyticsListingMonthRollupRow>({
  name: 'analytics_listing_month_rollup',
  tableName: 'analytics_listing_month_rollup',
  columns: {
    parkId: {
      name: 'park_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_month_rollup_pkey',
    },
    month: {
      name: 'month',
      type: 'date',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_month_rollup_pkey',
    },
    section: {
      name: 'section',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_month_rollup_pkey',
    },
    division: {
      name: 'division',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_month_rollup_pkey',
    },
    kind: {
      name: 'kind',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_month_rollup_pkey',
    },
    status: {
      name: 'status',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_listing_month_rollup_pkey',
    },
    listings: { name: 'listings', type: 'integer' },
  },
});

export interface AnalyticsServedRollupRow {
  parkId: string;
  month: string;
  organizationId: string;
  sizeClass: string;
  /** The SME's 专精特新 level; '' for a large enterprise. */
  level: string;
  deals: number;
}

/** One row per park, month and counted enterprise: a period's distinct count reads this index alone. */
export const AnalyticsServedRollupEntity = new EntitySchema<AnalyticsServedRollupRow>({
  name: 'analytics_served_rollup',
  tableName: 'analytics_served_rollup',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'analytics_served_rollup_pkey' },
    month: { name: 'month', type: 'date', primary: true, primaryKeyConstraintName: 'analytics_served_rollup_pkey' },
    organizationId: {
      name: 'organization_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_served_rollup_pkey',
    },
    sizeClass: {
      name: 'size_class',
      type: 'text',
      primary: true,
      primaryKeyConstraintName: 'analytics_served_rollup_pkey',
    },
    level: { name: 'level', type: 'text', primary: true, primaryKeyConstraintName: 'analytics_served_rollup_pkey' },
    deals: { name: 'deals', type: 'integer' },
  },
});

export interface AnalyticsResponseMonthRollupRow {
  parkId: string;
  month: string;
  /** As in analytics_response_rollup. */
  bucket: number;
  deals: number;
}

/** The first-response histogram per park and month, all industries together. */
export const AnalyticsResponseMonthRollupEntity = new EntitySchema<AnalyticsResponseMonthRollupRow>({
  name: 'analytics_response_month_rollup',
  tableName: 'analytics_response_month_rollup',
  columns: {
    parkId: {
      name: 'park_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'analytics_response_month_rollup_pkey',
    },
    month: {
      name: 'month',
      type: 'date',
      primary: true,
      primaryKeyConstraintName: 'analytics_response_month_rollup_pkey',
    },
    bucket: {
      name: 'bucket',
      type: 'smallint',
      primary: true,
      primaryKeyConstraintName: 'analytics_response_month_rollup_pkey',
    },
    deals: { name: 'deals', type: 'integer' },
  },
});

export const analyticsEntities = [
  AnalyticsListingFactsEntity,
  AnalyticsDealFactsEntity,
  AnalyticsReservationFactsEntity,
  AnalyticsListingRollupEntity,
  AnalyticsDealRollupEntity,
  AnalyticsBookingRollupEntity,
  AnalyticsPartyRollupEntity,
  AnalyticsLicenceRollupEntity,
  AnalyticsCapacityRollupEntity,
  AnalyticsResponseRollupEntity,
  AnalyticsListingMonthRollupEntity,
  AnalyticsServedRollupEntity,
  AnalyticsResponseMonthRollupEntity,
];
