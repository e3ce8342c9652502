import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the importer's cross-registry merge rule looks up: each source's normalized names and its point.
 * Kept on the source row (not read out of `facts`) so the lookup is an index range scan per other registry:
 * `(registry, lat, lon)` answers "sources of RETC within ±0.009° of this point" without visiting the
 * importing registry's own rows, which on a 500,000-row file would dominate every 1 km box.
 * Nullable: a source written by hand (a test fixture) simply never becomes a merge target.
 */
export class DirectorySourceMatching1764700000300 implements MigrationInterface {
  name = 'DirectorySourceMatching1764700000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE directory_sources
        ADD COLUMN match_legal_name text,
        ADD COLUMN match_trade_name text,
        ADD COLUMN lat double precision,
        ADD COLUMN lon double precision`);
    await queryRunner.query('CREATE INDEX directory_sources_point ON directory_sources (registry, lat, lon) WHERE lat IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX directory_sources_point');
    await queryRunner.query(`
      ALTER TABLE directory_sources
        DROP COLUMN match_legal_name, DROP COLUMN match_trade_name, DROP COLUMN lat, DROP COLUMN lon`);
  }
}
