import type { QueryRunner } from 'typeorm';

/**
 * Session-local tables of one import run, on the run's own connection: the batch being loaded
 * (`directory_import_stage`, emptied before each batch) and every id the file has had so far
 * (`directory_import_seen`, for duplicate ids and for the removal step). Temporary tables: never
 * WAL-logged, invisible to other sessions, gone with the connection if the run dies.
 */
export async function createStaging(runner: QueryRunner): Promise<void> {
  await dropStaging(runner);
  await runner.query(`
    CREATE TEMP TABLE directory_import_stage (
      line             integer NOT NULL,
      source_id        text    PRIMARY KEY,
      content_hash     text    NOT NULL,
      facts            jsonb   NOT NULL,
      new_profile_id   uuid    NOT NULL,
      new_plant_id     uuid    NOT NULL,
      draft_data       jsonb   NOT NULL,
      published_data   jsonb   NOT NULL,
      match_legal_name text,
      match_trade_name text,
      lat              double precision,
      lon              double precision,
      rfc              text
    )`);
  await runner.query('CREATE TEMP TABLE directory_import_seen (source_id text PRIMARY KEY)');
}

export async function dropStaging(runner: QueryRunner): Promise<void> {
  await runner.query('DROP TABLE IF EXISTS pg_temp.directory_import_stage');
  await runner.query('DROP TABLE IF EXISTS pg_temp.directory_import_seen');
}

/** Ids not seen before in this run, in the order given; the others are duplicates within the file. */
export async function markSeen(runner: QueryRunner, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: Array<{ source_id: string }> = await runner.query(
    'INSERT INTO directory_import_seen (source_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING RETURNING source_id',
    [ids],
  );
  return new Set(rows.map((row) => row.source_id));
}
