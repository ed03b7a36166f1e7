import { EntitySchema } from 'typeorm';

/** A row of `sessions` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface SessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  lastRefreshedAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  userAgent: string | null;
  ipAddress: string | null;
  lastUsedAt: Date | null;
}

/** The `sessions` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const SessionEntity = new EntitySchema<SessionRow>({
  name: 'sessions',
  tableName: 'sessions',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'sessions_pkey', generated: 'uuid' },
    userId: { name: 'user_id', type: 'uuid' },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    expiresAt: { name: 'expires_at', type: 'timestamp with time zone' },
    lastRefreshedAt: { name: 'last_refreshed_at', type: 'timestamp with time zone', nullable: true },
    revokedAt: { name: 'revoked_at', type: 'timestamp with time zone', nullable: true },
    revokedReason: { name: 'revoked_reason', type: 'text', nullable: true },
    userAgent: { name: 'user_agent', type: 'text', nullable: true },
    ipAddress: { name: 'ip_address', type: 'text', nullable: true },
    lastUsedAt: { name: 'last_used_at', type: 'timestamp with time zone', nullable: true },
  },
  foreignKeys: [
    {
      name: 'sessions_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'sessions_user_idx', columns: ['userId'] }],
});
