import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A credit code dispute needs no account, so it freezes nothing until the claimant proves
 * their address (issue 15, row 9): a new dispute is `unconfirmed`, with the hash of the
 * one-time token of the link in its confirmation email and a deadline (24 h). Confirmed,
 * it becomes `open` (the holder frozen, owners notified, reviewers see it); past the
 * deadline, `expired` (swept by the worker, which also deletes its stored licence).
 *
 * At most one dispute per code is `open`, as before (the partial unique index
 * uscc_disputes_open_key stays over `status = 'open'`): unconfirmed and expired disputes
 * block nothing, and a confirmation that meets an open one is refused like a second
 * dispute. Were unconfirmed disputes to block, the squatter could keep its own code
 * disputed-unconfirmed and lock the real holder out. The follow token is issued at
 * confirmation, so it may be null before.
 */
export class UsccDisputeConfirmation1764276000000 implements MigrationInterface {
  name = 'UsccDisputeConfirmation1764276000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE uscc_disputes
        ADD COLUMN confirm_token_hash char(64) UNIQUE,
        ADD COLUMN confirm_expires_at timestamptz,
        ADD COLUMN confirmed_at timestamptz,
        ALTER COLUMN follow_token_hash DROP NOT NULL,
        ALTER COLUMN status SET DEFAULT 'unconfirmed',
        DROP CONSTRAINT uscc_disputes_status_check,
        DROP CONSTRAINT uscc_disputes_check`);
    // Every dispute filed before this migration was open at once: it counts as confirmed.
    await queryRunner.query(`UPDATE uscc_disputes SET confirmed_at = created_at`);
    await queryRunner.query(`
      ALTER TABLE uscc_disputes
        ADD CONSTRAINT uscc_disputes_status_check
          CHECK (status IN ('unconfirmed', 'expired', 'open', 'upheld', 'dismissed')),
        ADD CONSTRAINT uscc_disputes_decided_check
          CHECK ((status IN ('upheld', 'dismissed')) = (decided_at IS NOT NULL)),
        ADD CONSTRAINT uscc_disputes_confirmed_check
          CHECK ((status IN ('unconfirmed', 'expired')) = (confirmed_at IS NULL)),
        ADD CONSTRAINT uscc_disputes_unconfirmed_check
          CHECK (status <> 'unconfirmed' OR (confirm_token_hash IS NOT NULL AND confirm_expires_at IS NOT NULL)),
        ADD CONSTRAINT uscc_disputes_follow_check
          CHECK (confirmed_at IS NULL OR follow_token_hash IS NOT NULL)`);
    // The sweep finds unconfirmed disputes past their deadline.
    await queryRunner.query(
      `CREATE INDEX uscc_disputes_unconfirmed_idx ON uscc_disputes (confirm_expires_at) WHERE status = 'unconfirmed'`,
    );
    await queryRunner.query(`ALTER TABLE uscc_dispute_audit DROP CONSTRAINT uscc_dispute_audit_action_check`);
    await queryRunner.query(`
      ALTER TABLE uscc_dispute_audit ADD CONSTRAINT uscc_dispute_audit_action_check
        CHECK (action IN ('filed', 'opened', 'expired', 'upheld', 'dismissed', 'claimed'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM uscc_disputes WHERE status IN ('unconfirmed', 'expired')`);
    await queryRunner.query(`DELETE FROM uscc_dispute_audit WHERE action IN ('filed', 'expired')`);
    await queryRunner.query(`ALTER TABLE uscc_dispute_audit DROP CONSTRAINT uscc_dispute_audit_action_check`);
    await queryRunner.query(`
      ALTER TABLE uscc_dispute_audit ADD CONSTRAINT uscc_dispute_audit_action_check
        CHECK (action IN ('opened', 'upheld', 'dismissed', 'claimed'))`);
    await queryRunner.query(`DROP INDEX uscc_disputes_unconfirmed_idx`);
    await queryRunner.query(`
      ALTER TABLE uscc_disputes
        DROP CONSTRAINT uscc_disputes_follow_check,
        DROP CONSTRAINT uscc_disputes_unconfirmed_check,
        DROP CONSTRAINT uscc_disputes_confirmed_check,
        DROP CONSTRAINT uscc_disputes_decided_check,
        DROP CONSTRAINT uscc_disputes_status_check,
        DROP COLUMN confirmed_at,
        DROP COLUMN confirm_expires_at,
        DROP COLUMN confirm_token_hash,
        ALTER COLUMN status SET DEFAULT 'open',
        ALTER COLUMN follow_token_hash SET NOT NULL,
        ADD CONSTRAINT uscc_disputes_status_check CHECK (status IN ('open', 'upheld', 'dismissed')),
        ADD CONSTRAINT uscc_disputes_check CHECK ((status = 'open') = (decided_at IS NULL))`);
  }
}
