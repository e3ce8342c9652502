import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supplier profiles, their plants, certifications and documents. The editable fields live in
 * `draft_data` and the last approved version (plants and certifications included) in
 * `published_data`, so a published profile under revision stays public as it was approved.
 */
export class CreateSuppliers1764600000100 implements MigrationInterface {
  name = 'CreateSuppliers1764600000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE supplier_profiles (
        id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id           uuid        NOT NULL UNIQUE REFERENCES organizations (id),
        state                     text        NOT NULL CHECK (state IN ('draft', 'pending_review', 'published', 'rejected', 'suspended')),
        draft_data                jsonb       NOT NULL,
        published_data            jsonb,
        published_at              timestamptz,
        last_decision             jsonb,
        rfc_verified_at           timestamptz,
        rfc_verified_by           uuid        REFERENCES users (id),
        verification_level        text        NOT NULL DEFAULT 'unverified'
                                  CHECK (verification_level IN ('unverified', 'email_verified', 'documents_verified', 'site_audited')),
        submitted_at              timestamptz,
        created_at                timestamptz NOT NULL,
        updated_at                timestamptz NOT NULL
      )`);
    // The public route reads published profiles only.
    await queryRunner.query(`CREATE INDEX supplier_profiles_published ON supplier_profiles (id) WHERE published_data IS NOT NULL`);

    await queryRunner.query(`
      CREATE TABLE supplier_documents (
        id                uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id   uuid        NOT NULL REFERENCES organizations (id),
        kind              text        NOT NULL CHECK (kind IN ('certificate', 'photo', 'audit_report', 'other')),
        storage_key       text        NOT NULL UNIQUE,
        content_type      text        NOT NULL,
        size_bytes        bigint      NOT NULL CHECK (size_bytes >= 0),
        display_name      text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        created_by        uuid        REFERENCES users (id),
        created_at        timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX supplier_documents_organization ON supplier_documents (organization_id, created_at)');

    await queryRunner.query(`
      CREATE TABLE supplier_plants (
        id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id    uuid        NOT NULL REFERENCES organizations (id),
        profile_id         uuid        NOT NULL REFERENCES supplier_profiles (id) ON DELETE CASCADE,
        name               text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        state              text        NOT NULL,
        municipality       text,
        locality           text,
        postal_code        text,
        street             text,
        state_code         text        NOT NULL,
        municipality_code  text,
        locality_code      text,
        lat                double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lon                double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
        precision          text        NOT NULL CHECK (precision IN ('point', 'locality', 'municipality', 'state')),
        nearest_ports      jsonb       NOT NULL,
        created_at         timestamptz NOT NULL,
        updated_at         timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX supplier_plants_profile ON supplier_plants (profile_id, created_at)');

    await queryRunner.query(`
      CREATE TABLE supplier_certifications (
        id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id    uuid        NOT NULL REFERENCES organizations (id),
        profile_id         uuid        NOT NULL REFERENCES supplier_profiles (id) ON DELETE CASCADE,
        type               text        NOT NULL CHECK (type LIKE 'cert.%'),
        issuer             text        NOT NULL,
        number             text,
        scope              text,
        valid_from         date,
        valid_until        date,
        document_id        uuid        REFERENCES supplier_documents (id) ON DELETE SET NULL,
        public             boolean     NOT NULL DEFAULT true,
        verified_at        timestamptz,
        verified_by        uuid        REFERENCES users (id),
        created_at         timestamptz NOT NULL,
        updated_at         timestamptz NOT NULL,
        CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
      )`);
    await queryRunner.query('CREATE INDEX supplier_certifications_profile ON supplier_certifications (profile_id, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE supplier_certifications');
    await queryRunner.query('DROP TABLE supplier_plants');
    await queryRunner.query('DROP TABLE supplier_documents');
    await queryRunner.query('DROP TABLE supplier_profiles');
  }
}
