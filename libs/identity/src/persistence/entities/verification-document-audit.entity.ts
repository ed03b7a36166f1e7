import { IDENTITY } from '@rongtong/platform';
import { EntitySchema } from 'typeorm';

/** A row of `verification_document_audit` as the entity reads and writes it (bigint as a string, as pg returns it). */
export interface VerificationDocumentAuditRow {
  id: string;
  organizationId: string;
  documentId: string;
  action: string;
  actorUserId: string | null;
  kind: string;
  fileName: string;
  sha256: string;
  createdAt: Date;
}

/** The `verification_document_audit` table: its columns, keys, indexes and constraints, as the migrations made them. */
export const VerificationDocumentAuditEntity = new EntitySchema<VerificationDocumentAuditRow>({
  name: 'verification_document_audit',
  tableName: 'verification_document_audit',
  columns: {
    id: {
      name: 'id',
      type: 'bigint',
      primary: true,
      primaryKeyConstraintName: 'verification_document_audit_pkey',
      ...IDENTITY,
    },
    organizationId: { name: 'organization_id', type: 'uuid' },
    // No key to the document: the audit outlives a deleted one.
    documentId: { name: 'document_id', type: 'uuid' },
    action: { name: 'action', type: 'text' },
    actorUserId: { name: 'actor_user_id', type: 'uuid', nullable: true },
    kind: { name: 'kind', type: 'text' },
    fileName: { name: 'file_name', type: 'text' },
    sha256: { name: 'sha256', type: 'character', length: 64 },
    createdAt: { name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' },
  },
  checks: [
    {
      name: 'verification_document_audit_action_check',
      expression: `((action = ANY (ARRAY['uploaded'::text, 'deleted'::text])))`,
    },
  ],
  foreignKeys: [
    {
      name: 'verification_document_audit_actor_user_id_fkey',
      columnNames: ['actor_user_id'],
      target: 'users',
      referencedColumnNames: ['id'],
      onDelete: 'SET NULL',
    },
    {
      name: 'verification_document_audit_organization_id_fkey',
      columnNames: ['organization_id'],
      target: 'organizations',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    },
  ],
  indices: [{ name: 'verification_document_audit_organization_idx', columns: ['organizationId', 'id'] }],
});
