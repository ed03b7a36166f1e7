import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sourcing (issue 19): requests for quotation a buyer posts, the enterprises it invites,
 * its drawings and specifications (attachments), who accepted its NDA (and which text), suppliers' questions with the buyer's answers,
 * and sealed quotes with every revision kept. A supplier holds one quote that is not
 * withdrawn per RFQ; the partial unique index makes a second one impossible.
 */
export class Sourcing1764410000000 implements MigrationInterface {
  name = 'Sourcing1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rfqs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        title text NOT NULL,
        description text NOT NULL,
        category text NOT NULL,
        process text,
        materials text[] NOT NULL DEFAULT '{}',
        quantity integer NOT NULL CHECK (quantity > 0),
        unit text NOT NULL,
        delivery_date date NOT NULL,
        delivery_region_code char(6) NOT NULL,
        certifications text[] NOT NULL DEFAULT '{}',
        target_unit_price_fen bigint CHECK (target_unit_price_fen >= 0),
        show_target boolean NOT NULL DEFAULT false,
        quote_deadline timestamptz NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('public', 'park_members', 'invited')),
        -- The buyer's parks when it posted: who counts as a park member, and which operators moderate it.
        park_ids uuid[] NOT NULL DEFAULT '{}',
        nda_text text,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('draft', 'open', 'closed', 'awarded', 'cancelled')),
        status_reason text,
        taken_down_at timestamptz,
        taken_down_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX rfqs_organization_idx ON rfqs (organization_id, created_at)`);
    await queryRunner.query(`CREATE INDEX rfqs_board_idx ON rfqs (status, quote_deadline)`);

    await queryRunner.query(`
      CREATE TABLE rfq_invitations (
        rfq_id uuid NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        invited_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rfq_invitations_pkey PRIMARY KEY (rfq_id, organization_id)
      )`);
    await queryRunner.query(`CREATE INDEX rfq_invitations_organization_idx ON rfq_invitations (organization_id)`);

    await queryRunner.query(`
      CREATE TABLE rfq_nda_acceptances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id uuid NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        user_id uuid NOT NULL REFERENCES users (id),
        -- The text accepted, word for word, and its SHA-256: the buyer may edit the NDA later.
        nda_text text NOT NULL,
        nda_sha256 text NOT NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rfq_nda_acceptances_once UNIQUE (rfq_id, organization_id, nda_sha256)
      )`);

    await queryRunner.query(`
      CREATE TABLE rfq_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id uuid NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        storage_key text NOT NULL UNIQUE,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes integer NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX rfq_attachments_rfq_idx ON rfq_attachments (rfq_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE rfq_questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id uuid NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        asked_by uuid NOT NULL REFERENCES users (id),
        question text NOT NULL,
        answer text,
        answered_by uuid REFERENCES users (id),
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX rfq_questions_rfq_idx ON rfq_questions (rfq_id, created_at)`);

    await queryRunner.query(`
      CREATE TABLE rfq_quotes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id uuid NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id),
        submitted_by uuid NOT NULL REFERENCES users (id),
        -- [{minQuantity, unitPriceFen}], ascending by minQuantity.
        price_breaks jsonb NOT NULL,
        lead_time_days integer NOT NULL,
        valid_until date NOT NULL,
        notes text,
        status text NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'withdrawn', 'awarded', 'not_awarded')),
        revision integer NOT NULL DEFAULT 1,
        awarded_quantity integer,
        deal_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX rfq_quotes_one_live ON rfq_quotes (rfq_id, organization_id) WHERE status <> 'withdrawn'`,
    );

    await queryRunner.query(`
      CREATE TABLE rfq_quote_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quote_id uuid NOT NULL REFERENCES rfq_quotes (id) ON DELETE CASCADE,
        revision integer NOT NULL,
        action text NOT NULL,
        price_breaks jsonb NOT NULL,
        lead_time_days integer NOT NULL,
        valid_until date NOT NULL,
        notes text,
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX rfq_quote_revisions_quote_idx ON rfq_quote_revisions (quote_id, revision)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rfq_quote_revisions`);
    await queryRunner.query(`DROP TABLE rfq_quotes`);
    await queryRunner.query(`DROP TABLE rfq_questions`);
    await queryRunner.query(`DROP TABLE rfq_attachments`);
    await queryRunner.query(`DROP TABLE rfq_nda_acceptances`);
    await queryRunner.query(`DROP TABLE rfq_invitations`);
    await queryRunner.query(`DROP TABLE rfqs`);
  }
}
