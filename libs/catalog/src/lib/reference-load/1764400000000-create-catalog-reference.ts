import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables the reference data is loaded into by `db:migrate` (see sync-reference-data.ts). */
export class CreateCatalogReference1764400000000 implements MigrationInterface {
  name = 'CreateCatalogReference1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalog_vocabulary (
        code         text   PRIMARY KEY,
        kind         text   NOT NULL CHECK (kind IN ('process-family', 'process', 'material', 'industry', 'certification')),
        parent       text   REFERENCES catalog_vocabulary (code) DEFERRABLE INITIALLY DEFERRED,
        name_en      text   NOT NULL,
        name_es      text   NOT NULL,
        synonyms_en  text[] NOT NULL,
        synonyms_es  text[] NOT NULL,
        version      integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE catalog_land_ports (
        code         text    PRIMARY KEY,
        name         text    NOT NULL,
        us_state     text    NOT NULL,
        lat          double precision NOT NULL,
        lon          double precision NOT NULL,
        trucks_2021  integer,
        crossings    text[]  NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE catalog_mx_states (
        code          text PRIMARY KEY,
        name          text NOT NULL,
        abbreviation  text NOT NULL,
        lat           double precision NOT NULL,
        lon           double precision NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalog_mx_states');
    await queryRunner.query('DROP TABLE catalog_land_ports');
    await queryRunner.query('DROP TABLE catalog_vocabulary');
  }
}
