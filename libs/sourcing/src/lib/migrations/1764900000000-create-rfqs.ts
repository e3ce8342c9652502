import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests for quote: the RFQ with its lines, files, published versions (amendments), the invitations the
 * worker's fan-out creates, NDA acceptances and questions.
 *
 * Unit prices are `numeric(18,4)`, not integer minor units: small parts are priced in fractions of a cent
 * (a stamped clip at USD 0.0125), and `numeric` keeps them exact (`pg` returns it as a string).
 */
export class CreateRfqs1764900000000 implements MigrationInterface {
  name = 'CreateRfqs1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rfqs (
        id                       uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
        buyer_organization_id    uuid          NOT NULL REFERENCES organizations (id),
        created_by               uuid          NOT NULL REFERENCES users (id),
        state                    text          NOT NULL CHECK (state IN ('draft', 'pending_review', 'open', 'closed', 'awarded', 'cancelled')),
        version                  integer       NOT NULL DEFAULT 0 CHECK (version >= 0),
        title                    text          NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description              text          NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
        description_language     text          NOT NULL DEFAULT 'en' CHECK (description_language IN ('en', 'es')),
        annual_volume            integer       CHECK (annual_volume > 0),
        target_unit_price        numeric(18,4) CHECK (target_unit_price > 0),
        currency                 text          NOT NULL DEFAULT 'USD' CHECK (currency IN ('USD', 'MXN')),
        certifications           text[]        NOT NULL DEFAULT '{}',
        hs_code                  text          CHECK (hs_code ~ '^[0-9]{6}$'),
        delivery_zip             text          CHECK (delivery_zip ~ '^[0-9]{5}$'),
        incoterm                 text          CHECK (incoterm IN ('EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF')),
        incoterm_place           text          CHECK (length(incoterm_place) <= 120),
        need_by                  date,
        quote_deadline           timestamptz,
        nda_required             boolean       NOT NULL DEFAULT false,
        nda_text                 text          CHECK (length(nda_text) <= 20000),
        nda_version              integer       NOT NULL DEFAULT 0,
        visibility               text          NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'invite_only')),
        quote_cap                integer       CHECK (quote_cap BETWEEN 1 AND 1000),
        buyer_picks              uuid[]        NOT NULL DEFAULT '{}',
        processes                text[]        NOT NULL DEFAULT '{}',
        requirement              jsonb,
        published_at             timestamptz,
        closed_at                timestamptz,
        closed_reason            text          CHECK (closed_reason IN ('deadline', 'cap', 'buyer')),
        cancelled_at             timestamptz,
        cancel_reason            text          CHECK (length(cancel_reason) <= 1000),
        created_at               timestamptz   NOT NULL,
        updated_at               timestamptz   NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX rfqs_buyer ON rfqs (buyer_organization_id, created_at DESC, id DESC)');
    // The deadline sweep and the feed read only open RFQs.
    await queryRunner.query(`CREATE INDEX rfqs_open_deadline ON rfqs (quote_deadline) WHERE state = 'open'`);
    await queryRunner.query(`CREATE INDEX rfqs_open_public_processes ON rfqs USING gin (processes) WHERE state = 'open' AND visibility = 'public'`);

    await queryRunner.query(`
      CREATE TABLE rfq_lines (
        id                   uuid      PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id               uuid      NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        position             smallint  NOT NULL CHECK (position >= 0),
        part_name            text      NOT NULL CHECK (length(part_name) BETWEEN 1 AND 200),
        part_number          text      CHECK (length(part_number) <= 100),
        notes                text      CHECK (length(notes) <= 5000),
        processes            text[]    NOT NULL DEFAULT '{}',
        materials            text[]    NOT NULL DEFAULT '{}',
        quantities           integer[] NOT NULL CHECK (cardinality(quantities) BETWEEN 1 AND 10),
        unit                 text      NOT NULL,
        units_per_truckload  integer   CHECK (units_per_truckload > 0),
        UNIQUE (rfq_id, position)
      )`);

    await queryRunner.query(`
      CREATE TABLE rfq_attachments (
        id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id        uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        line_id       uuid        REFERENCES rfq_lines (id) ON DELETE SET NULL,
        kind          text        NOT NULL CHECK (kind IN ('drawing', 'specification', 'other')),
        storage_key   text        NOT NULL UNIQUE,
        file_name     text        NOT NULL,
        file_type     text        NOT NULL,
        content_type  text        NOT NULL,
        size_bytes    integer     NOT NULL CHECK (size_bytes > 0),
        uploaded_by   uuid        NOT NULL REFERENCES users (id),
        created_at    timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX rfq_attachments_rfq ON rfq_attachments (rfq_id, created_at)');

    // One row per published version: 1 at publish, one more per amendment. `data` is the RFQ as suppliers
    // saw it; `changes` what moved since the previous version.
    await queryRunner.query(`
      CREATE TABLE rfq_versions (
        rfq_id      uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        version     integer     NOT NULL CHECK (version >= 1),
        data        jsonb       NOT NULL,
        changes     jsonb       NOT NULL DEFAULT '[]',
        note        text        CHECK (length(note) <= 2000),
        created_by  uuid        NOT NULL REFERENCES users (id),
        created_at  timestamptz NOT NULL,
        PRIMARY KEY (rfq_id, version)
      )`);

    await queryRunner.query(`
      CREATE TABLE rfq_invitations (
        id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id                    uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        supplier_id               uuid        NOT NULL REFERENCES supplier_profiles (id),
        supplier_organization_id  uuid        REFERENCES organizations (id),
        source                    text        NOT NULL CHECK (source IN ('match', 'buyer')),
        rank                      integer,
        score                     real,
        explanation               jsonb,
        state                     text        NOT NULL DEFAULT 'invited' CHECK (state IN ('invited', 'declined')),
        decline_reason            text        CHECK (decline_reason IN ('no_capacity', 'not_our_process', 'volume_too_low', 'other')),
        decline_note              text        CHECK (length(decline_note) <= 1000),
        declined_by               uuid        REFERENCES users (id),
        declined_at               timestamptz,
        notified_at               timestamptz,
        created_at                timestamptz NOT NULL,
        UNIQUE (rfq_id, supplier_id)
      )`);
    await queryRunner.query('CREATE INDEX rfq_invitations_supplier_organization ON rfq_invitations (supplier_organization_id, created_at DESC)');

    await queryRunner.query(`
      CREATE TABLE rfq_nda_acceptances (
        rfq_id           uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        organization_id  uuid        NOT NULL REFERENCES organizations (id),
        nda_version      integer     NOT NULL,
        accepted_by      uuid        NOT NULL REFERENCES users (id),
        accepted_at      timestamptz NOT NULL,
        PRIMARY KEY (rfq_id, organization_id, nda_version)
      )`);

    await queryRunner.query(`
      CREATE TABLE rfq_questions (
        id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id           uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        organization_id  uuid        NOT NULL REFERENCES organizations (id),
        asked_by         uuid        NOT NULL REFERENCES users (id),
        body             text        NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        asked_at         timestamptz NOT NULL,
        answer           text        CHECK (length(answer) <= 8000),
        public           boolean     NOT NULL DEFAULT false,
        answered_by      uuid        REFERENCES users (id),
        answered_at      timestamptz
      )`);
    await queryRunner.query('CREATE INDEX rfq_questions_rfq ON rfq_questions (rfq_id, asked_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['rfq_questions', 'rfq_nda_acceptances', 'rfq_invitations', 'rfq_versions', 'rfq_attachments', 'rfq_lines', 'rfqs']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
