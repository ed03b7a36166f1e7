import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Emails people read: each outbound email keeps its HTML part beside the plain text and
 * the language it was written in, and may be `written` (to the development mail
 * directory, when no SMTP server is configured outside production) instead of `sent`.
 */
export class EmailHtml1764256000000 implements MigrationInterface {
  name = 'EmailHtml1764256000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Rows from before have no HTML part (null) and were written bilingually (no locale).
    await queryRunner.query(`
      ALTER TABLE outbound_emails
        ADD COLUMN body_html text,
        ADD COLUMN locale text CHECK (locale IN ('zh-CN', 'en')),
        DROP CONSTRAINT outbound_emails_status_check,
        ADD CONSTRAINT outbound_emails_status_check
          CHECK (status IN ('pending', 'sent', 'written', 'failed', 'skipped'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE outbound_emails SET status = 'sent' WHERE status = 'written'`);
    await queryRunner.query(`
      ALTER TABLE outbound_emails
        DROP CONSTRAINT outbound_emails_status_check,
        ADD CONSTRAINT outbound_emails_status_check CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
        DROP COLUMN locale,
        DROP COLUMN body_html`);
  }
}
