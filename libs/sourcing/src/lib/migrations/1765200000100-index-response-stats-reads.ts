import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The response-statistics recomputation reads one supplier's invitations, quotes and awards. Without these
 * indexes each recomputation scanned `rfq_invitations` and `quotes` whole (`npm run bench -- comparison`
 * with BENCH_EXPLAIN=1: 398,025 rows read and thrown away to keep one supplier's 2,000), and looked up
 * `rfq_awards` by quote with no index at all.
 */
export class IndexResponseStatsReads1765200000100 implements MigrationInterface {
  name = 'IndexResponseStatsReads1765200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX rfq_invitations_supplier ON rfq_invitations (supplier_id)');
    // (supplier_id, rfq_id): the supplier's quotes, and its quote on one RFQ (the join from an invitation).
    await queryRunner.query('CREATE INDEX quotes_supplier_rfq ON quotes (supplier_id, rfq_id)');
    await queryRunner.query('CREATE INDEX rfq_awards_quote ON rfq_awards (quote_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX rfq_awards_quote');
    await queryRunner.query('DROP INDEX quotes_supplier_rfq');
    await queryRunner.query('DROP INDEX rfq_invitations_supplier');
  }
}
