import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tables for the rest of the committed reference data: Mexican municipalities and localities, US ZIPs,
 * SCIAN 2018, NAICS 2017, their crosswalk, the SCIAN class → vocabulary mapping and HS 2022. Rows are
 * loaded by `db:migrate` (see sync-reference-data.ts), not here, so a data change needs no migration.
 *
 * A new migration rather than an edit of 1764400000000: that one may already have run in a database.
 * Foreign keys are DEFERRABLE INITIALLY DEFERRED because the sync deletes stale parent rows before their
 * children in the same transaction; the check still happens, at commit.
 */
export class CreateCatalogReferencePlacesCodes1764410000000 implements MigrationInterface {
  name = 'CreateCatalogReferencePlacesCodes1764410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [...GEOGRAPHY, ...INDUSTRY_CODES, ...HS_CODES]) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of DROP_ORDER) await queryRunner.query(`DROP TABLE ${table}`);
  }
}

const LAT_LON_CHECK = 'CHECK (lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180)';

const GEOGRAPHY = [
  `CREATE TABLE catalog_mx_municipalities (
    state_code    text NOT NULL REFERENCES catalog_mx_states (code) DEFERRABLE INITIALLY DEFERRED,
    code          text NOT NULL CHECK (code ~ '^[0-9]{3}$'),
    name          text NOT NULL,
    seat_name     text NOT NULL,
    -- The seat, or the loader's fallback (point_source says which); both null for the one with no point.
    lat           double precision,
    lon           double precision,
    point_source  text CHECK (point_source IN ('seat', 'seat-locality', 'localities-mean', 'polygon-centroid')),
    PRIMARY KEY (state_code, code),
    ${LAT_LON_CHECK},
    CHECK ((lat IS NULL) = (lon IS NULL) AND (lat IS NULL) = (point_source IS NULL))
  )`,
  `CREATE INDEX catalog_mx_municipalities_name_idx ON catalog_mx_municipalities (lower(name))`,
  `CREATE TABLE catalog_mx_localities (
    state_code         text NOT NULL,
    municipality_code  text NOT NULL,
    code               text NOT NULL CHECK (code ~ '^[0-9]{4}$'),
    name               text NOT NULL,
    lat                double precision NOT NULL,
    lon                double precision NOT NULL,
    population         integer CHECK (population >= 0),
    PRIMARY KEY (state_code, municipality_code, code),
    FOREIGN KEY (state_code, municipality_code) REFERENCES catalog_mx_municipalities (state_code, code) DEFERRABLE INITIALLY DEFERRED,
    ${LAT_LON_CHECK}
  )`,
  `CREATE INDEX catalog_mx_localities_name_idx ON catalog_mx_localities (lower(name))`,
  `CREATE TABLE catalog_us_zips (
    zip    text PRIMARY KEY CHECK (zip ~ '^[0-9]{5}$'),
    city   text NOT NULL,
    state  text NOT NULL CHECK (state ~ '^[A-Z]{2}$'),
    lat    double precision NOT NULL,
    lon    double precision NOT NULL,
    ${LAT_LON_CHECK}
  )`,
  // "Which ZIPs does Laredo, TX have": the lookup a place search starts from.
  `CREATE INDEX catalog_us_zips_city_idx ON catalog_us_zips (state, lower(city))`,
];

// Sector codes are two digits or a range ('31-33'); deeper levels add one digit each, down to six.
const INDUSTRY_CODE_CHECK = `CHECK (code ~ '^([0-9]{2,6}|[0-9]{2}-[0-9]{2})$')`;

const INDUSTRY_CODES = [
  `CREATE TABLE catalog_scian (
    code         text PRIMARY KEY ${INDUSTRY_CODE_CHECK},
    level        text NOT NULL CHECK (level IN ('sector', 'subsector', 'rama', 'subrama', 'clase')),
    title        text NOT NULL,
    parent_code  text REFERENCES catalog_scian (code) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((level = 'sector') = (parent_code IS NULL))
  )`,
  `CREATE INDEX catalog_scian_parent_idx ON catalog_scian (parent_code)`,
  `CREATE TABLE catalog_naics (
    code   text PRIMARY KEY ${INDUSTRY_CODE_CHECK},
    title  text NOT NULL
  )`,
  `CREATE TABLE catalog_scian_naics (
    scian_code  text NOT NULL REFERENCES catalog_scian (code) DEFERRABLE INITIALLY DEFERRED,
    naics_code  text NOT NULL REFERENCES catalog_naics (code) DEFERRABLE INITIALLY DEFERRED,
    basis       text NOT NULL CHECK (basis IN ('identical_6digit', 'shared_5digit_industry', 'shared_4digit_group_only')),
    PRIMARY KEY (scian_code, naics_code)
  )`,
  // The primary key serves SCIAN → NAICS; this serves NAICS → SCIAN (a US buyer's code).
  `CREATE INDEX catalog_scian_naics_naics_idx ON catalog_scian_naics (naics_code)`,
  // Only the clases that matched something have rows; the kind is the vocabulary entry's own.
  `CREATE TABLE catalog_scian_vocabulary (
    scian_code       text   NOT NULL REFERENCES catalog_scian (code) DEFERRABLE INITIALLY DEFERRED,
    vocabulary_code  text   NOT NULL REFERENCES catalog_vocabulary (code) DEFERRABLE INITIALLY DEFERRED,
    basis            text   NOT NULL CHECK (basis IN ('title', 'group')),
    matched          text[] NOT NULL CHECK (cardinality(matched) > 0),
    PRIMARY KEY (scian_code, vocabulary_code)
  )`,
  // "Which clases do stamping": from a capability to the industry codes.
  `CREATE INDEX catalog_scian_vocabulary_vocabulary_idx ON catalog_scian_vocabulary (vocabulary_code)`,
];

const HS_CODES = [
  `CREATE TABLE catalog_hs_sections (
    code  text PRIMARY KEY CHECK (code ~ '^[IVX]+$'),
    name  text NOT NULL
  )`,
  `CREATE TABLE catalog_hs_chapters (
    code          text PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    description   text NOT NULL,
    section_code  text NOT NULL REFERENCES catalog_hs_sections (code) DEFERRABLE INITIALLY DEFERRED
  )`,
  // The section is the chapter's; storing it again would let the two disagree.
  `CREATE TABLE catalog_hs_subheadings (
    code          text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    description   text NOT NULL,
    chapter_code  text NOT NULL REFERENCES catalog_hs_chapters (code) DEFERRABLE INITIALLY DEFERRED,
    CHECK (left(code, 2) = chapter_code)
  )`,
  `CREATE INDEX catalog_hs_subheadings_chapter_idx ON catalog_hs_subheadings (chapter_code)`,
];

const DROP_ORDER = [
  'catalog_hs_subheadings',
  'catalog_hs_chapters',
  'catalog_hs_sections',
  'catalog_scian_vocabulary',
  'catalog_scian_naics',
  'catalog_naics',
  'catalog_scian',
  'catalog_us_zips',
  'catalog_mx_localities',
  'catalog_mx_municipalities',
];
