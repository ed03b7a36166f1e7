import { EntitySchema } from 'typeorm';

/** A row of `refresh_tokens` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface RefreshTokenRow {
  id: string;
  sessionId: string;
  tokenHash: string;
  createdAt: Date;
  usedAt: Date | null;
}

/** The `refresh_tokens` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const RefreshTokenEntity = new EntitySchema<RefreshTokenRow>({
  name: 'refresh_tokens',
  tableName: 'refresh_tokens',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'refresh_tokens_pkey', generated: 'uuid' },
    sessionId: { name: 'session_id', type: 'uuid' },
    tokenHash: { name: 'token_hash', type: 'character', length: 64 },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    usedAt: { name: 'used_at', type: 'timestamp with time zone', nullable: true },
  },
  uniques: [{ name: 'refresh_tokens_token_hash_key', columns: ['tokenHash'] }],
  foreignKeys: [
    {
      name: 'refresh_tokens_session_id_fkey',
      columnNames: ['session_id'],
      target: 'sessions',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'refresh_tokens_session_idx', columns: ['sessionId'] }],
});
