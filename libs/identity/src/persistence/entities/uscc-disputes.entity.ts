import { EntitySchema } from 'typeorm';

/** A row of `uscc_disputes` as the entity reads and writes it. */
export interface UsccDisputeRow {
  id: string;
  uscc: string;
  organizationId: string;
  claimantOrganizationName: string;
  claimantName: string;
  claimantEmail: string;
  claimantPhone: string | null;
  claimantLocale: string;
  statement: string;
  licenceFilename: string;
  licenceContentType: string;
  licenceSizeBytes: number;
  licenceSha256: string;
  licenceStorageKey: string;
  status: string;
  decidedBy: string | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  followTokenHash: string | null;
  confirmTokenHash: string | null;
  confirmExpiresAt: Date | null;
  confirmedAt: Date | null;
  claimTokenHash: string | null;
  claimExpiresAt: Date | null;
  claimedByOrganizationId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The `uscc_disputes` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const UsccDisputeEntity = new EntitySchema<UsccDisputeRow>({
  name: 'uscc_disputes',
  tableName: 'uscc_disputes',
  columns: {
    id: { name: 'id', type: 'uuid', primary: true, primaryKeyConstraintName: 'uscc_disputes_pkey', generated: 'uuid' },
    uscc: { name: 'uscc', type: 'character', length: 18 },
    organizationId: { name: 'organization_id', type: 'uuid' },
    claimantOrganizationName: { name: 'claimant_organization_name', type: 'text' },
    claimantName: { name: 'claimant_name', type: 'text' },
    claimantEmail: { name: 'claimant_email', type: 'text' },
    claimantPhone: { name: 'claimant_phone', type: 'text', nullable: true },
    claimantLocale: { name: 'claimant_locale', type: 'text', default: 'zh-CN' },
    statement: { name: 'statement', type: 'text' },
    licenceFilename: { name: 'licence_filename', type: 'text' },
    licenceContentType: { name: 'licence_content_type', type: 'text' },
    licenceSizeBytes: { name: 'licence_size_bytes', type: 'integer' },
    licenceSha256: { name: 'licence_sha256', type: 'character', length: 64 },
    licenceStorageKey: { name: 'licence_storage_key', type: 'text' },
    status: { name: 'status', type: 'text', default: 'unconfirmed' },
    decidedBy: { name: 'decided_by', type: 'uuid', nullable: true },
    decisionReason: { name: 'decision_reason', type: 'text', nullable: true },
    decidedAt: { name: 'decided_at', type: 'timestamp with time zone', nullable: true },
    followTokenHash: { name: 'follow_token_hash', type: 'character', length: 64, nullable: true },
    confirmTokenHash: { name: 'confirm_token_hash', type: 'character', length: 64, nullable: true },
    confirmExpiresAt: { name: 'confirm_expires_at', type: 'timestamp with time zone', nullable: true },
    confirmedAt: { name: 'confirmed_at', type: 'timestamp with time zone', nullable: true },
    claimTokenHash: { name: 'claim_token_hash', type: 'character', length: 64, nullable: true },
    claimExpiresAt: { name: 'claim_expires_at', type: 'timestamp with time zone', nullable: true },
    claimedByOrganizationId: { name: 'claimed_by_organization_id', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
    updatedAt: { name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  uniques: [
    { name: 'uscc_disputes_claim_token_hash_key', columns: ['claimTokenHash'] },
    { name: 'uscc_disputes_confirm_token_hash_key', columns: ['confirmTokenHash'] },
    { name: 'uscc_disputes_follow_token_hash_key', columns: ['followTokenHash'] },
    { name: 'uscc_disputes_licence_storage_key_key', columns: ['licenceStorageKey'] },
  ],
  checks: [
    { name: 'uscc_disputes_check1', expression: `(((status <> 'upheld'::text) OR (claim_token_hash IS NOT NULL)))` },
    { name: 'uscc_disputes_claimant_email_check', expression: '((length(claimant_email) <= 254))' },
    {
      name: 'uscc_disputes_claimant_locale_check',
      expression: `((claimant_locale = ANY (ARRAY['zh-CN'::text, 'en'::text])))`,
    },
    {
      name: 'uscc_disputes_claimant_name_check',
      expression: '(((length(claimant_name) >= 1) AND (length(claimant_name) <= 100)))',
    },
    {
      name: 'uscc_disputes_claimant_organization_name_check',
      expression: '(((length(claimant_organization_name) >= 2) AND (length(claimant_organization_name) <= 200)))',
    },
    { name: 'uscc_disputes_claimant_phone_check', expression: '((length(claimant_phone) <= 40))' },
    { name: 'uscc_disputes_licence_size_bytes_check', expression: '((licence_size_bytes > 0))' },
    {
      name: 'uscc_disputes_statement_check',
      expression: '(((length(statement) >= 1) AND (length(statement) <= 4000)))',
    },
    {
      name: 'uscc_disputes_confirmed_check',
      expression: `(((status = ANY (ARRAY['unconfirmed'::text, 'expired'::text])) = (confirmed_at IS NULL)))`,
    },
    {
      name: 'uscc_disputes_decided_check',
      expression: `(((status = ANY (ARRAY['upheld'::text, 'dismissed'::text])) = (decided_at IS NOT NULL)))`,
    },
    {
      name: 'uscc_disputes_follow_check',
      expression: '(((confirmed_at IS NULL) OR (follow_token_hash IS NOT NULL)))',
    },
    {
      name: 'uscc_disputes_status_check',
      expression: `((status = ANY (ARRAY['unconfirmed'::text, 'expired'::text, 'open'::text, 'upheld'::text, 'dismissed'::text])))`,
    },
    {
      name: 'uscc_disputes_unconfirmed_check',
      expression: `(((status <> 'unconfirmed'::text) OR ((confirm_token_hash IS NOT NULL) AND (confirm_expires_at IS NOT NULL))))`,
    },
  ],
  foreignKeys: [
    {
      name: 'uscc_disputes_claimed_by_organization_id_fkey',
      columnNames: ['claimed_by_organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
    {
      name: 'uscc_disputes_decided_by_fkey',
      columnNames: ['decided_by'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
    {
      name: 'uscc_disputes_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [
    // USING btree (created_at DESC, id)
    { name: 'uscc_disputes_created_idx', columns: ['createdAt', 'id'], synchronize: false },
    { name: 'uscc_disputes_open_key', columns: ['uscc'], unique: true, where: `status = 'open'::text` },
    { name: 'uscc_disputes_organization_idx', columns: ['organizationId'] },
    {
      name: 'uscc_disputes_unconfirmed_idx',
      columns: ['confirmExpiresAt'],
      where: `status = 'unconfirmed'::text`,
    },
    {
      name: 'uscc_disputes_reserved_idx',
      columns: ['uscc'],
      where: `(status = 'upheld'::text) AND (claimed_by_organization_id IS NULL)`,
    },
  ],
});
