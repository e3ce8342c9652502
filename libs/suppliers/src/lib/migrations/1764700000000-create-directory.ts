import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory: published, unclaimed listings imported from public registries (RETC, DENUE, a cluster's
 * own list). A listing is a supplier profile without an organization (`organization_id IS NULL`) whose
 * facts come from one or more registry rows (`directory_sources`, unique by `(registry, source_id)`).
 * Claiming it gives it an organization; imports never overwrite a claimed listing's profile.
 */
export class CreateDirectory1764700000000 implements MigrationInterface {
  name = 'CreateDirectory1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trusted contrib extension (PostgreSQL 13+): similar names for the cross-registry merge and the
    // "find your plant" search.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');

    await queryRunner.query('ALTER TABLE supplier_profiles ALTER COLUMN organization_id DROP NOT NULL');
    await queryRunner.query('ALTER TABLE supplier_plants ALTER COLUMN organization_id DROP NOT NULL');
    await queryRunner.query('ALTER TABLE supplier_certifications ALTER COLUMN organization_id DROP NOT NULL');
    // `origin`: who created the profile (its owner, or an import); kept after a claim so a buyer can tell.
    await queryRunner.query(
      `ALTER TABLE supplier_profiles ADD COLUMN origin text NOT NULL DEFAULT 'owner' CHECK (origin IN ('owner', 'directory'))`,
    );
    // `withdrawn`: a listing its registry no longer carries, or one merged into its claimant's profile
    // (`merged_into`, so an old link still finds the company).
    await queryRunner.query('ALTER TABLE supplier_profiles DROP CONSTRAINT supplier_profiles_state_check');
    await queryRunner.query(
      `ALTER TABLE supplier_profiles ADD CONSTRAINT supplier_profiles_state_check
         CHECK (state IN ('draft', 'pending_review', 'published', 'rejected', 'suspended', 'withdrawn'))`,
    );
    await queryRunner.query('ALTER TABLE supplier_profiles ADD COLUMN merged_into uuid REFERENCES supplier_profiles (id)');
    await queryRunner.query(
      `ALTER TABLE supplier_profiles ADD CONSTRAINT supplier_profiles_owner_or_directory
         CHECK (organization_id IS NOT NULL OR origin = 'directory')`,
    );

    await queryRunner.query(`
      CREATE TABLE directory_sources (
        registry          text        NOT NULL CHECK (registry ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
        source_id         text        NOT NULL CHECK (length(source_id) BETWEEN 1 AND 100),
        profile_id        uuid        NOT NULL REFERENCES supplier_profiles (id),
        plant_id          uuid        REFERENCES supplier_plants (id) ON DELETE SET NULL,
        content_hash      text        NOT NULL,
        facts             jsonb       NOT NULL,
        merge             jsonb,
        first_seen_at     timestamptz NOT NULL,
        last_changed_at   timestamptz NOT NULL,
        removed_at        timestamptz,
        PRIMARY KEY (registry, source_id)
      )`);
    await queryRunner.query('CREATE INDEX directory_sources_profile ON directory_sources (profile_id)');

    await queryRunner.query(`
      CREATE TABLE directory_imports (
        id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        registry      text        NOT NULL,
        format        text        NOT NULL CHECK (format IN ('retc', 'denue')),
        file_name     text        NOT NULL,
        dry_run       boolean     NOT NULL,
        status        text        NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
        counts        jsonb       NOT NULL DEFAULT '{}',
        bad_rows      jsonb       NOT NULL DEFAULT '[]',
        started_at    timestamptz NOT NULL,
        finished_at   timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE directory_imports');
    await queryRunner.query('DROP TABLE directory_sources');
    await queryRunner.query('ALTER TABLE supplier_profiles DROP CONSTRAINT supplier_profiles_owner_or_directory');
    await queryRunner.query('ALTER TABLE supplier_profiles DROP COLUMN merged_into');
    await queryRunner.query('ALTER TABLE supplier_profiles DROP CONSTRAINT supplier_profiles_state_check');
    await queryRunner.query(
      `ALTER TABLE supplier_profiles ADD CONSTRAINT supplier_profiles_state_check
         CHECK (state IN ('draft', 'pending_review', 'published', 'rejected', 'suspended'))`,
    );
    await queryRunner.query('ALTER TABLE supplier_profiles DROP COLUMN origin');
    await queryRunner.query('DELETE FROM supplier_certifications WHERE organization_id IS NULL');
    await queryRunner.query('DELETE FROM supplier_plants WHERE organization_id IS NULL');
    await queryRunner.query('DELETE FROM supplier_profiles WHERE organization_id IS NULL');
    await queryRunner.query('ALTER TABLE supplier_certifications ALTER COLUMN organization_id SET NOT NULL');
    await queryRunner.query('ALTER TABLE supplier_plants ALTER COLUMN organization_id SET NOT NULL');
    await queryRunner.query('ALTER TABLE supplier_profiles ALTER COLUMN organization_id SET NOT NULL');
  }
}
