import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suppliers' quotes on RFQs: one quote per RFQ and supplier organization, every revision kept, and the
 * supplier's own quote documents. An RFQ chooses sealed (the default) or open bidding.
 *
 * A revision's content is one `jsonb` document (`QuoteContent`): prices are decimal strings with up to 4
 * places ("0.0125"), exact, as the RFQ's target price is. The quote row holds what every read filters or
 * counts on (state, currency, the current revision), so no query has to open the document to seal it.
 */
export class CreateQuotes1765000000000 implements MigrationInterface {
  name = 'CreateQuotes1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rfqs ADD COLUMN bidding text NOT NULL DEFAULT 'sealed' CHECK (bidding IN ('sealed', 'open'))`);

    await queryRunner.query(`
      CREATE TABLE quotes (
        id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id                    uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        supplier_organization_id  uuid        NOT NULL REFERENCES organizations (id),
        supplier_id               uuid        NOT NULL REFERENCES supplier_profiles (id),
        state                     text        NOT NULL CHECK (state IN ('active', 'withdrawn')),
        revision                  integer     NOT NULL CHECK (revision >= 1),
        currency                  text        NOT NULL CHECK (currency IN ('USD', 'MXN')),
        submitted_by              uuid        NOT NULL REFERENCES users (id),
        submitted_at              timestamptz NOT NULL,
        revised_at                timestamptz NOT NULL,
        withdrawn_by              uuid        REFERENCES users (id),
        withdrawn_at              timestamptz,
        UNIQUE (rfq_id, supplier_organization_id)
      )`);
    // The cap counts an RFQ's active quotes; the supplier's own quotes are listed by organization.
    await queryRunner.query(`CREATE INDEX quotes_rfq_active ON quotes (rfq_id) WHERE state = 'active'`);
    await queryRunner.query('CREATE INDEX quotes_supplier_organization ON quotes (supplier_organization_id, revised_at DESC)');

    await queryRunner.query(`
      CREATE TABLE quote_revisions (
        quote_id    uuid        NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
        revision    integer     NOT NULL CHECK (revision >= 1),
        rfq_version integer     NOT NULL CHECK (rfq_version >= 1),
        content     jsonb       NOT NULL,
        created_by  uuid        NOT NULL REFERENCES users (id),
        created_at  timestamptz NOT NULL,
        PRIMARY KEY (quote_id, revision)
      )`);

    await queryRunner.query(`
      CREATE TABLE quote_attachments (
        id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id           uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        organization_id  uuid        NOT NULL REFERENCES organizations (id),
        storage_key      text        NOT NULL UNIQUE,
        file_name        text        NOT NULL,
        file_type        text        NOT NULL,
        content_type     text        NOT NULL,
        size_bytes       integer     NOT NULL CHECK (size_bytes > 0),
        uploaded_by      uuid        NOT NULL REFERENCES users (id),
        created_at       timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX quote_attachments_rfq_organization ON quote_attachments (rfq_id, organization_id, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['quote_attachments', 'quote_revisions', 'quotes']) await queryRunner.query(`DROP TABLE ${table}`);
    await queryRunner.query('ALTER TABLE rfqs DROP COLUMN bidding');
  }
}
