import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The papers an enterprise uploads for its verification (business licence, 专精特新
 * certificate, others), which its parks' operators read in their verification queue. The
 * file lives in the object storage; the row keeps what it is (type by content, size,
 * SHA-256) and who gave it. Every upload and deletion is a row of
 * `verification_document_audit`, which outlives the document (no key to it).
 */
export class VerificationDocuments1764490000000 implements MigrationInterface {
  name = 'VerificationDocuments1764490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE verification_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('business_licence', 'srdi_certificate', 'other')),
        note text CHECK (length(note) <= 500),
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX verification_documents_organization_idx ON verification_documents (organization_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE verification_document_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        document_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('uploaded', 'deleted')),
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        kind text NOT NULL,
        file_name text NOT NULL,
        sha256 char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX verification_document_audit_organization_idx ON verification_document_audit (organization_id, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE verification_document_audit`);
    await queryRunner.query(`DROP TABLE verification_documents`);
  }
}
