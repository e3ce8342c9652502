import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exchange rates and frozen comparisons.
 *
 * `fx_rates`: pesos per US dollar (4 places, as Banxico publishes the FIX), one row per calendar date and source (`banxico-fix`: Banxico's FIX,
 * series SF43718, loaded by `npm run fx:import` or typed by an admin; `manual`: any other figure an admin
 * enters). When both sources have a rate for the same date, lookups take `banxico-fix` (FxRates.rateOn).
 *
 * `rfq_comparisons`: the comparison of an RFQ as it was first read after close, rows, rates and assumptions
 * in one jsonb snapshot, so a later rate changes nothing until the buyer refreshes it (counted here and
 * audited with the old and new rate).
 */
export class CreateFxAndComparisons1765100000000 implements MigrationInterface {
  name = 'CreateFxAndComparisons1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE fx_rates (
        rate_date    date          NOT NULL,
        source       text          NOT NULL CHECK (source IN ('banxico-fix', 'manual')),
        mxn_per_usd  numeric(10,4) NOT NULL CHECK (mxn_per_usd > 0),
        entered_by   uuid          REFERENCES users (id),
        entered_at   timestamptz   NOT NULL,
        PRIMARY KEY (rate_date, source)
      )`);
    // rateOn reads "the latest rate on or before a date": the primary key's order serves it.

    await queryRunner.query(`
      CREATE TABLE rfq_comparisons (
        rfq_id           uuid        PRIMARY KEY REFERENCES rfqs (id) ON DELETE CASCADE,
        snapshot         jsonb       NOT NULL,
        frozen_at        timestamptz NOT NULL,
        frozen_by        uuid        REFERENCES users (id),
        refreshed_count  integer     NOT NULL DEFAULT 0 CHECK (refreshed_count >= 0),
        refreshed_at     timestamptz,
        refreshed_by     uuid        REFERENCES users (id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rfq_comparisons');
    await queryRunner.query('DROP TABLE fx_rates');
  }
}
