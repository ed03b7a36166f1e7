import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: in-app notifications, organizations' webhook endpoints with their
 * delivery log, and outbound emails. Each row a listener writes is keyed by the event
 * that caused it, so a redelivered event adds nothing.
 */
export class Notifications1764195000000 implements MigrationInterface {
  name = 'Notifications1764195000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        type text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_user_event_key UNIQUE (user_id, event_id)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC)`);
    await queryRunner.query(
      `CREATE INDEX notifications_user_unread_idx ON notifications (user_id, created_at DESC) WHERE read_at IS NULL`,
    );

    // The secret is kept as it is: every delivery is signed with it.
    await queryRunner.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        url text NOT NULL CHECK (length(url) <= 2000),
        secret text NOT NULL,
        event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX webhook_endpoints_organization_idx ON webhook_endpoints (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_status_code integer,
        last_error text,
        last_attempt_at timestamptz,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_deliveries_endpoint_event_key UNIQUE (endpoint_id, event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_endpoint_created_idx ON webhook_deliveries (endpoint_id, created_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id)`);

    await queryRunner.query(`
      CREATE TABLE outbound_emails (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        template text NOT NULL,
        to_address text NOT NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT outbound_emails_event_template_to_key UNIQUE (event_id, template, to_address)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outbound_emails', 'webhook_deliveries', 'webhook_endpoints', 'notifications']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
