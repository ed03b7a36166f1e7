import { EntitySchema } from 'typeorm';

/** A row of `parks` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface ParkRow {
  id: string;
  name: string;
  regionCode: string;
  operatorOrganizationId: string;
  createdBy: string | null;
  createdAt: Date;
}

/** The `parks` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const ParkEntity = new EntitySchema<ParkRow>({
  name: 'parks',
  tableName: 'parks',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'parks_pkey', generated: 'uuid' },
    name: { name: 'name', type: 'text' },
    regionCode: { name: 'region_code', type: 'character', length: 6 },
    operatorOrganizationId: { name: 'operator_organization_id', type: 'uuid' },
    createdBy: { name: 'created_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [{ name: 'parks_name_key', columns: ['name'] }],
  checks: [
    { name: 'parks_name_check', expression: '(((length(name) >= 2) AND (length(name) <= 200)))' },
    { name: 'parks_region_code_check', expression: `((region_code ~ '^[0-9]{6}$'::text))` },
  ],
  foreignKeys: [
    { name: 'parks_created_by_fkey', columnNames: ['created_by'], target: 'users', referencedColumnNames: ['id'] },
    {
      name: 'parks_operator_organization_id_fkey',
      columnNames: ['operator_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
    },
  ],
  indices: [{ name: 'parks_operator_idx', columns: ['operatorOrganizationId'] }],
});
