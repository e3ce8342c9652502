import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The award: per RFQ line, the quote the buyer chose. `rfq_line_id` is UNIQUE, so two awards of the same
 * line cannot both commit, whatever the application does; the losing request is told 409
 * LINE_ALREADY_AWARDED. A line the buyer gives up on is closed unawarded on `rfq_lines`. `comparison` keeps
 * the comparison the award was made on (rates and assumptions), frozen for the record, when there is one.
 */
export class CreateAwards1765100000100 implements MigrationInterface {
  name = 'CreateAwards1765100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rfq_awards (
        id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        rfq_id                    uuid        NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        rfq_line_id               uuid        NOT NULL REFERENCES rfq_lines (id) ON DELETE CASCADE,
        quote_id                  uuid        NOT NULL REFERENCES quotes (id),
        supplier_organization_id  uuid        NOT NULL REFERENCES organizations (id),
        reason                    text        CHECK (char_length(reason) <= 1000),
        awarded_by                uuid        NOT NULL REFERENCES users (id),
        awarded_at                timestamptz NOT NULL,
        comparison                jsonb,
        CONSTRAINT rfq_awards_one_per_line UNIQUE (rfq_line_id)
      )`);
    await queryRunner.query('CREATE INDEX rfq_awards_rfq ON rfq_awards (rfq_id, awarded_at)');
    await queryRunner.query('CREATE INDEX rfq_awards_supplier_organization ON rfq_awards (supplier_organization_id, awarded_at DESC)');

    await queryRunner.query('ALTER TABLE rfq_lines ADD COLUMN closed_unawarded_at timestamptz');
    await queryRunner.query('ALTER TABLE rfq_lines ADD COLUMN closed_unawarded_by uuid REFERENCES users (id)');
    await queryRunner.query('ALTER TABLE rfqs ADD COLUMN awarded_at timestamptz');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE rfqs DROP COLUMN awarded_at');
    await queryRunner.query('ALTER TABLE rfq_lines DROP COLUMN closed_unawarded_by');
    await queryRunner.query('ALTER TABLE rfq_lines DROP COLUMN closed_unawarded_at');
    await queryRunner.query('DROP TABLE rfq_awards');
  }
}
