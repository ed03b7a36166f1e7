import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matching: what SMEs need (demands) and the listings the matcher proposes for them
 * (matches, with score and per-factor reasons). A match is unique per demand and listing,
 * so re-matching updates rather than duplicates, and a dismissed one stays dismissed.
 */
export class Matching1764200000000 implements MigrationInterface {
  name = 'Matching1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE demands (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        created_by uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL CHECK (kind IN ('capacity', 'equipment', 'ip')),
        title text NOT NULL,
        description text NOT NULL,
        -- A slug of the kind's listing taxonomy.
        category text,
        region_code char(6) CHECK (region_code ~ '^[0-9]{6}$'),
        location_preference text NOT NULL DEFAULT 'anywhere'
          CHECK (location_preference IN ('same_park', 'same_city', 'same_province', 'anywhere')),
        -- Canonical spellings (ISO 9001, IATF 16949 …), as listings carry them.
        certifications text[] NOT NULL DEFAULT '{}',
        budget_fen bigint CHECK (budget_fen >= 0),
        deadline date,
        details jsonb NOT NULL,
        visibility text NOT NULL DEFAULT 'providers' CHECK (visibility IN ('providers', 'matcher_only')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'fulfilled', 'closed', 'expired')),
        status_reason text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        CHECK ((closed_at IS NULL) = (status IN ('open', 'matched')))
      )`);
    await queryRunner.query(`CREATE INDEX demands_organization_idx ON demands (organization_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX demands_status_idx ON demands (status, kind)`);
    await queryRunner.query(
      `CREATE INDEX demands_deadline_idx ON demands (deadline) WHERE status IN ('open', 'matched') AND deadline IS NOT NULL`,
    );

    await queryRunner.query(`
      CREATE TABLE demand_matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        demand_id uuid NOT NULL REFERENCES demands (id) ON DELETE CASCADE,
        listing_id uuid NOT NULL REFERENCES listings (id),
        provider_organization_id uuid NOT NULL REFERENCES organizations (id),
        score numeric NOT NULL,
        -- [{factor, contribution, text}]: the score's parts, shown to the SME as reasons.
        factors jsonb NOT NULL CHECK (jsonb_typeof(factors) = 'array'),
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'dismissed')),
        dismiss_reason text,
        provider_interest_at timestamptz,
        provider_interest_by uuid REFERENCES users (id),
        -- The prefilled deal an accept opens, kept until the deal exists so a retry opens the same one.
        deal_request jsonb,
        deal_id uuid REFERENCES deals (id),
        rank_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT demand_matches_demand_listing UNIQUE (demand_id, listing_id),
        CHECK ((status = 'dismissed') = (dismiss_reason IS NOT NULL)),
        CHECK (status <> 'accepted' OR deal_id IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE INDEX demand_matches_provider_idx ON demand_matches (provider_organization_id, created_at DESC)`,
    );
    await queryRunner.query(`CREATE INDEX demand_matches_ranked_idx ON demand_matches (demand_id, score DESC)`);
    await queryRunner.query(
      `CREATE INDEX demand_matches_deal_idx ON demand_matches (deal_id) WHERE deal_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE demand_matches`);
    await queryRunner.query(`DROP TABLE demands`);
  }
}
