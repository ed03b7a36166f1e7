import { EntitySchema } from 'typeorm';

/** A row of `invitations` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface InvitationRow {
  id: string;
  organizationId: string;
  email: string;
  role: string;
  tokenHash: string;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  revokedAt: Date | null;
  revokedBy: string | null;
}

/** The `invitations` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const InvitationEntity = new EntitySchema<InvitationRow>({
  name: 'invitations',
  tableName: 'invitations',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'invitations_pkey', generated: 'uuid' },
    organizationId: { name: 'organization_id', type: 'uuid' },
    email: { name: 'email', type: 'text' },
    role: { name: 'role', type: 'text' },
    tokenHash: { name: 'token_hash', type: 'character', length: 64 },
    invitedBy: { name: 'invited_by', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    expiresAt: { name: 'expires_at', type: 'timestamp with time zone' },
    acceptedAt: { name: 'accepted_at', type: 'timestamp with time zone', nullable: true },
    acceptedBy: { name: 'accepted_by', type: 'uuid', nullable: true },
    revokedAt: { name: 'revoked_at', type: 'timestamp with time zone', nullable: true },
    revokedBy: { name: 'revoked_by', type: 'uuid', nullable: true },
  },
  uniques: [{ name: 'invitations_token_hash_key', columns: ['tokenHash'] }],
  checks: [
    {
      name: 'invitations_role_check',
      expression: `((role = ANY (ARRAY['owner'::text, 'admin'::text, 'member'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'invitations_accepted_by_fkey',
      columnNames: ['accepted_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'invitations_invited_by_fkey',
      columnNames: ['invited_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'invitations_revoked_by_fkey',
      columnNames: ['revoked_by'],
      target: 'users',
      referencedColumnNames: ['id'],
    },
    {
      name: 'invitations_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'invitations_organization_idx', columns: ['organizationId'] }],
});
