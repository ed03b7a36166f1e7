import { EntitySchema } from 'typeorm';

export interface ParkReasonTemplatesRow {
  parkId: string;
  templates: unknown;
  updatedBy: string | null;
  updatedAt: Date;
}

/** The `park_reason_templates` table, as the migrations made it. */
export const ParkReasonTemplatesEntity = new EntitySchema<ParkReasonTemplatesRow>({
  name: 'park_reason_templates',
  tableName: 'park_reason_templates',
  columns: {
    parkId: { name: 'park_id', type: 'uuid', primary: true, primaryKeyConstraintName: 'park_reason_templates_pkey' },
    templates: { name: 'templates', type: 'jsonb' },
    updatedBy: { name: 'updated_by', type: 'uuid', nullable: true },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  foreignKeys: [
    {
      name: 'park_reason_templates_park_id_fkey',
      columnNames: ['park_id'],
      target: 'parks',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
    {
      name: 'park_reason_templates_updated_by_fkey',
      columnNames: ['updated_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
  ],
});
