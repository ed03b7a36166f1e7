import { EntitySchema } from 'typeorm';

/** A row of `users` as the entity reads and writes it (bigint and numeric as strings, as pg returns them). */
export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
  locale: string;
  emailVerifiedAt: Date | null;
  suspendedAt: Date | null;
  suspendedReason: string | null;
  suspendedBy: string | null;
  passwordChangedAt: Date | null;
}

/** The `users` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const UserEntity = new EntitySchema<UserRow>({
  name: 'users',
  tableName: 'users',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'users_pkey', generated: 'uuid' },
    email: { name: 'email', type: 'text' },
    displayName: { name: 'display_name', type: 'text' },
    passwordHash: { name: 'password_hash', type: 'text' },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
    lastLoginAt: { name: 'last_login_at', type: 'timestamp with time zone', nullable: true },
    locale: { name: 'locale', type: 'text', default: 'zh-CN' },
    emailVerifiedAt: { name: 'email_verified_at', type: 'timestamp with time zone', nullable: true },
    suspendedAt: { name: 'suspended_at', type: 'timestamp with time zone', nullable: true },
    suspendedReason: { name: 'suspended_reason', type: 'text', nullable: true },
    suspendedBy: { name: 'suspended_by', type: 'uuid', nullable: true },
    passwordChangedAt: { name: 'password_changed_at', type: 'timestamp with time zone', nullable: true },
  },
  checks: [{ name: 'users_locale_check', expression: `((locale = ANY (ARRAY['zh-CN'::text, 'en'::text])))` }],
  foreignKeys: [
    { name: 'users_suspended_by_fkey', columnNames: ['suspended_by'], target: 'users', referencedColumnNames: ['id'] },
  ],
  indices: [
    // USING btree (lower(email))
    { name: 'users_email_key', unique: true, synchronize: false },
  ],
});
