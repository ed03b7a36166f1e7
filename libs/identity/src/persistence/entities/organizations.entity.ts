import { EntitySchema } from 'typeorm';

/** A row of `organizations` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface OrganizationRow {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  uscc: string | null;
  regionCode: string | null;
  industrySection: string | null;
  industryDivision: string | null;
  employees: number | null;
  annualRevenueFen: string | null;
  sizeClass: string | null;
  badge: unknown;
  verificationState: string;
  verificationReason: string | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  description: string | null;
  website: string | null;
  address: string | null;
  contact: unknown;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  frozenReason: string | null;
  frozenAt: Date | null;
}

/** The `organizations` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const OrganizationEntity = new EntitySchema<OrganizationRow>({
  name: 'organizations',
  tableName: 'organizations',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'organizations_pkey', generated: 'uuid' },
    kind: { name: 'kind', type: 'text' },
    name: { name: 'name', type: 'text' },
    nameEn: { name: 'name_en', type: 'text', nullable: true },
    uscc: { name: 'uscc', type: 'character', length: 18, nullable: true },
    regionCode: { name: 'region_code', type: 'character', length: 6, nullable: true },
    industrySection: { name: 'industry_section', type: 'character', length: 1, nullable: true },
    industryDivision: { name: 'industry_division', type: 'character', length: 3, nullable: true },
    employees: { name: 'employees', type: 'integer', nullable: true },
    annualRevenueFen: { name: 'annual_revenue_fen', type: 'bigint', nullable: true },
    sizeClass: { name: 'size_class', type: 'text', nullable: true },
    badge: { name: 'badge', type: 'jsonb', nullable: true },
    verificationState: { name: 'verification_state', type: 'text', default: 'unverified' },
    verificationReason: { name: 'verification_reason', type: 'text', nullable: true },
    verifiedAt: { name: 'verified_at', type: 'timestamp with time zone', nullable: true },
    verifiedBy: { name: 'verified_by', type: 'uuid', nullable: true },
    description: { name: 'description', type: 'text', nullable: true },
    website: { name: 'website', type: 'text', nullable: true },
    address: { name: 'address', type: 'text', nullable: true },
    contact: { name: 'contact', type: 'jsonb', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
    version: { name: 'version', type: 'integer', default: 1 },
    frozenReason: { name: 'frozen_reason', type: 'text', nullable: true },
    frozenAt: { name: 'frozen_at', type: 'timestamp with time zone', nullable: true },
  },
  uniques: [{ name: 'organizations_uscc_key', columns: ['uscc'] }],
  checks: [
    { name: 'organizations_annual_revenue_fen_check', expression: '((annual_revenue_fen >= 0))' },
    {
      name: 'organizations_badge_status_check',
      expression: `(((badge IS NULL) OR ((badge ->> 'status'::text) = ANY (ARRAY['pending'::text, 'verified'::text, 'rejected'::text]))))`,
    },
    { name: 'organizations_employees_check', expression: '((employees >= 0))' },
    {
      name: 'organizations_enterprise_uscc_check',
      expression: `(((kind <> 'enterprise'::text) OR (uscc IS NOT NULL) OR (frozen_reason = 'uscc_revoked'::text)))`,
    },
    {
      name: 'organizations_frozen_reason_check',
      expression: `((frozen_reason = ANY (ARRAY['uscc_disputed'::text, 'uscc_revoked'::text])))`,
    },
    {
      name: 'organizations_kind_check',
      expression: `((kind = ANY (ARRAY['enterprise'::text, 'park_operator'::text, 'platform'::text])))`,
    },
    { name: 'organizations_name_check', expression: '(((length(name) >= 2) AND (length(name) <= 200)))' },
    {
      name: 'organizations_size_class_check',
      expression: `((size_class = ANY (ARRAY['large'::text, 'medium'::text, 'small'::text, 'micro'::text])))`,
    },
    {
      name: 'organizations_verification_state_check',
      expression: `((verification_state = ANY (ARRAY['unverified'::text, 'verified'::text, 'rejected'::text])))`,
    },
  ],
  indices: [{ name: 'organizations_region_idx', columns: ['regionCode'] }],
});
