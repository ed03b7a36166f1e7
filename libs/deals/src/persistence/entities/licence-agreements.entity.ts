import { EntitySchema } from 'typeorm';

/** A row of `licence_agreements` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface LicenceAgreementRow {
  id: string;
  dealId: string;
  listingId: string;
  licensorOrganizationId: string;
  licenseeOrganizationId: string;
  licenceType: string;
  territory: string;
  fieldOfUse: string;
  startsOn: string;
  endsOn: string;
  openLicence: boolean;
  terms: unknown;
  status: string;
  createdAt: Date;
}

/** The `licence_agreements` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const LicenceAgreementEntity = new EntitySchema<LicenceAgreementRow>({
  name: 'licence_agreements',
  tableName: 'licence_agreements',
  columns: {
    id: {
      name: 'id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'licence_agreements_pkey',
      generated: 'uuid',
    },
    dealId: { name: 'deal_id', type: 'uuid' },
    listingId: { name: 'listing_id', type: 'uuid' },
    licensorOrganizationId: { name: 'licensor_organization_id', type: 'uuid' },
    licenseeOrganizationId: { name: 'licensee_organization_id', type: 'uuid' },
    licenceType: { name: 'licence_type', type: 'text' },
    territory: { name: 'territory', type: 'text' },
    fieldOfUse: { name: 'field_of_use', type: 'text' },
    startsOn: { name: 'starts_on', type: 'date' },
    endsOn: { name: 'ends_on', type: 'date' },
    openLicence: { name: 'open_licence', type: 'boolean', default: false },
    terms: { name: 'terms', type: 'jsonb' },
    status: { name: 'status', type: 'text', default: 'active' },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'licence_agreements_deal_id_key', columns: ['dealId'] }],
  checks: [
    { name: 'licence_agreements_check', expression: '((ends_on > starts_on))' },
    {
      name: 'licence_agreements_licence_type_check',
      expression: `((licence_type = ANY (ARRAY['exclusive_licence'::text, 'sole_licence'::text, 'ordinary_licence'::text, 'assignment'::text])))`,
    },
    {
      name: 'licence_agreements_status_check',
      expression: `((status = ANY (ARRAY['active'::text, 'terminated'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'licence_agreements_deal_id_fkey',
      columnNames: ['deal_id'],
      target: 'deals',
      referencedColumnNames: ['id'],
    },
    {
      name: 'licence_agreements_licensee_organization_id_fkey',
      columnNames: ['licensee_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
    {
      name: 'licence_agreements_licensor_organization_id_fkey',
      columnNames: ['licensor_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
    {
      name: 'licence_agreements_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [{ name: 'licence_agreements_listing_idx', columns: ['listingId', 'status'] }],
});
