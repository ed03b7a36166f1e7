import { EntitySchema } from 'typeorm';

/** A row of `account_tokens` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface AccountTokenRow {
  id: string;
  userId: string;
  purpose: string;
  tokenHash: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

/** The `account_tokens` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const AccountTokenEntity = new EntitySchema<AccountTokenRow>({
  name: 'account_tokens',
  tableName: 'account_tokens',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'account_tokens_pkey', generated: 'uuid' },
    userId: { name: 'user_id', type: 'uuid' },
    purpose: { name: 'purpose', type: 'text' },
    tokenHash: { name: 'token_hash', type: 'character', length: 64 },
    email: { name: 'email', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    expiresAt: { name: 'expires_at', type: 'timestamp with time zone' },
    usedAt: { name: 'used_at', type: 'timestamp with time zone', nullable: true },
  },
  uniques: [{ name: 'account_tokens_token_hash_key', columns: ['tokenHash'] }],
  checks: [
    {
      name: 'account_tokens_purpose_check',
      expression: `((purpose = ANY (ARRAY['password_reset'::text, 'email_verification'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'account_tokens_user_id_fkey',
      columnNames: ['user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'account_tokens_user_idx', columns: ['userId', 'purpose'] }],
});
