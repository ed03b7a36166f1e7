import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The RFQ's audit trail: who took it down or reinstated it and why (the park's moderation,
 * as listings and users keep theirs), and the buyer's edits with the fields changed and the
 * suppliers told that their quotes may be outdated.
 */
export class RfqAudit1764500000000 implements MigrationInterface {
  name = 'RfqAudit1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rfq_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id uuid NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES users (id),
        action text NOT NULL CHECK (action IN ('edit', 'take_down', 'reinstate')),
        reason text,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX rfq_audit_rfq_idx ON rfq_audit (rfq_id, created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rfq_audit`);
  }
}
