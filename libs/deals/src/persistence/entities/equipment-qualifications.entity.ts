import { EntitySchema } from 'typeorm';

/** A row of `equipment_qualifications` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface EquipmentQualificationRow {
  listingId: string;
  userId: string;
  recordedBy: string | null;
  note: string | null;
  expiresOn: string | null;
  createdAt: Date;
}

/** The `equipment_qualifications` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const EquipmentQualificationEntity = new EntitySchema<EquipmentQualificationRow>({
  name: 'equipment_qualifications',
  tableName: 'equipment_qualifications',
  columns: {
    listingId: {
      name: 'listing_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'equipment_qualifications_pkey',
    },
    userId: { name: 'user_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'equipment_qualifications_pkey' },
    recordedBy: { name: 'recorded_by', type: 'uuid', nullable: true },
    note: { name: 'note', type: 'text', nullable: true },
    expiresOn: { name: 'expires_on', type: 'date', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  foreignKeys: [
    {
      name: 'equipment_qualifications_listing_id_fkey',
      columnNames: ['listing_id'],
      target: 'listings',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'equipment_qualifications_recorded_by_fkey',
      columnNames: ['recorded_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'equipment_qualifications_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
});
