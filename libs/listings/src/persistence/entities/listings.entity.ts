import { EntitySchema } from 'typeorm';

/** A row of `listings` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ListingRow {
  id: string;
  ownerOrganizationId: string;
  kind: string;
  status: string;
  title: string;
  titleEn: string | null;
  description: string;
  descriptionEn: string | null;
  tags: string[];
  category: string;
  industryDivision: string | null;
  parkId: string | null;
  regionCode: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  priceFen: string | null;
  priceUnit: string | null;
  visibility: string;
  details: unknown;
  statusReason: string | null;
  externalRef: string | null;
  version: number;
  publishedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The `listings` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ListingEntity = new EntitySchema<ListingRow>({
  name: 'listings',
  tableName: 'listings',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'listings_pkey', generated: 'uuid' },
    ownerOrganizationId: { name: 'owner_organization_id', type: 'uuid' },
    kind: { name: 'kind', type: 'text' },
    status: { name: 'status', type: 'text', default: 'draft' },
    title: { name: 'title', type: 'text' },
    titleEn: { name: 'title_en', type: 'text', nullable: true },
    description: { name: 'description', type: 'text' },
    descriptionEn: { name: 'description_en', type: 'text', nullable: true },
    tags: { name: 'tags', type: 'text', array: true, default: () => `'{}'` },
    category: { name: 'category', type: 'text' },
    industryDivision: { name: 'industry_division', type: 'text', nullable: true },
    parkId: { name: 'park_id', type: 'uuid', nullable: true },
    regionCode: { name: 'region_code', type: 'character', length: 6 },
    address: { name: 'address', type: 'text', nullable: true },
    latitude: { name: 'latitude', type: 'double precision', nullable: true },
    longitude: { name: 'longitude', type: 'double precision', nullable: true },
    priceFen: { name: 'price_fen', type: 'bigint', nullable: true },
    priceUnit: { name: 'price_unit', type: 'text', nullable: true },
    visibility: { name: 'visibility', type: 'text', default: 'public' },
    details: { name: 'details', type: 'jsonb' },
    statusReason: { name: 'status_reason', type: 'text', nullable: true },
    externalRef: { name: 'external_ref', type: 'text', nullable: true },
    version: { name: 'version', type: 'integer', default: 1 },
    publishedAt: { name: 'published_at', type: 'timestamp with time zone', nullable: true },
    createdBy: { name: 'created_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [
    { name: 'listings_owner_organization_id_external_ref_key', columns: ['ownerOrganizationId', 'externalRef'] },
  ],
  checks: [
    { name: 'listings_check', expression: '(((price_fen IS NULL) = (price_unit IS NULL)))' },
    {
      name: 'listings_kind_check',
      expression: `((kind = ANY (ARRAY['capacity'::text, 'equipment'::text, 'ip'::text])))`,
    },
    {
      name: 'listings_latitude_check',
      expression: `(((latitude >= ('-90'::integer)::double precision) AND (latitude <= (90)::double precision)))`,
    },
    {
      name: 'listings_longitude_check',
      expression: `(((longitude >= ('-180'::integer)::double precision) AND (longitude <= (180)::double precision)))`,
    },
    { name: 'listings_price_fen_check', expression: '((price_fen >= 0))' },
    {
      name: 'listings_status_check',
      expression: `((status = ANY (ARRAY['draft'::text, 'pending_review'::text, 'published'::text, 'rejected'::text, 'suspended'::text, 'archived'::text])))`,
    },
    {
      name: 'listings_visibility_check',
      expression: `((visibility = ANY (ARRAY['public'::text, 'park_members'::text])))`,
    },
  ],
  foreignKeys: [
    { name: 'listings_created_by_fkey', columnNames: ['created_by'], target: 'users', referencedColumnNames: ['id'] },
    {
      name: 'listings_owner_organization_id_fkey',
      columnNames: ['owner_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
    { name: 'listings_park_id_fkey', columnNames: ['park_id'], target: 'parks', referencedColumnNames: ['id'] },
  ],
  indices: [
    { name: 'listings_owner_idx', columns: ['ownerOrganizationId', 'status'] },
    { name: 'listings_status_idx', columns: ['status', 'updatedAt'] },
  ],
});
