import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTablesSql, LIVE_TABLES } from '../search-tables';

/**
 * The PostgreSQL search engine: contrib extensions only (`unaccent`, `pg_trgm`), three text search
 * configurations and the index tables (see search-tables.ts). `unaccent()` is only STABLE and cannot be
 * used in an index expression; a text search configuration with the `unaccent` dictionary before the
 * stemmer folds accents inside `to_tsvector(regconfig, text)`, which is IMMUTABLE.
 */
export class CreateSearchIndex1764800000000 implements MigrationInterface {
  name = 'CreateSearchIndex1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // Spanish and English: accents folded, then stemmed ("fundición" and "fundiciones" meet).
    await queryRunner.query('CREATE TEXT SEARCH CONFIGURATION puente_es (COPY = pg_catalog.spanish)');
    await queryRunner.query('ALTER TEXT SEARCH CONFIGURATION puente_es ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem');
    await queryRunner.query('CREATE TEXT SEARCH CONFIGURATION puente_en (COPY = pg_catalog.english)');
    await queryRunner.query('ALTER TEXT SEARCH CONFIGURATION puente_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem');
    // Codes and part numbers kept whole ("6061", "a356", "331520"); words are left to the two above.
    await queryRunner.query('CREATE TEXT SEARCH CONFIGURATION puente_codes (COPY = pg_catalog.simple)');
    await queryRunner.query(
      'ALTER TEXT SEARCH CONFIGURATION puente_codes DROP MAPPING IF EXISTS FOR asciiword, word, hword, hword_part, asciihword, hword_asciipart, email, url, host, url_path, file, sfloat, float, version, tag, entity, blank',
    );
    for (const sql of createTablesSql(LIVE_TABLES, true)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['search_terms', 'search_postings', 'search_documents', 'search_terms_next', 'search_postings_next', 'search_documents_next']) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
    for (const config of ['puente_codes', 'puente_en', 'puente_es']) await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS ${config}`);
  }
}
