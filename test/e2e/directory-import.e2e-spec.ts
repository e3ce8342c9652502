import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSourceOptions } from '@puente/platform';
import { AppProcess, suiteDatabase, temporaryDirectory, testEnvironment, waitFor, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';

const COMMAND = 'dist/apps/api/directory-import.cjs';
const DENUE = 'libs/suppliers/data/directory/mx_denue_manufacturing_istmo_oax_ver.csv';
const JSON_KEYS = ['registry', 'rows', 'inserted', 'updated', 'unchanged', 'removed', 'merged', 'bad', 'seconds', 'peakRssBytes'];

/** `npm run directory:import` as the built program: exit codes, output, and a SIGKILL mid-import. */
describe('directory:import (the built command)', () => {
  let database: SuiteDatabase;
  let dataSource: DataSource;
  let env: Record<string, string>;
  const files = temporaryDirectory('directory-import');
  const sourceCount = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM directory_sources WHERE registry = 'DENUE'`))[0].n);

  beforeAll(async () => {
    database = await suiteDatabase();
    env = testEnvironment({ DATABASE_URL: database.url });
    dataSource = await new DataSource(dataSourceOptions({ url: database.url, applicationName: 'directory-import-e2e', entities: [] })).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('answers 64 to a wrong usage, 65 to an unreadable file or a wrong header, 69 to a database not migrated', async () => {
    const usage = AppProcess.start(COMMAND, env, ['--format', 'xml', DENUE]);
    expect((await usage.exited).code).toBe(64);
    expect(usage.logs).toContain('usage: npm run directory:import');

    const missing = AppProcess.start(COMMAND, env, [join(files, 'nope.csv')]);
    expect((await missing.exited).code).toBe(65);
    expect(missing.logs).toContain('ENOENT');

    const wrongHeader = join(files, 'wrong.csv');
    writeFileSync(wrongHeader, 'nra,nombre\nX,Y\n');
    const refused = AppProcess.start(COMMAND, env, [wrongHeader]);
    expect((await refused.exited).code).toBe(65);
    expect(refused.logs).toContain('missing required column(s): razon_social, establecimiento');
    expect(refused.logs).toContain('unknown column(s): "nombre"');
    expect(Number((await dataSource.query('SELECT count(*) AS n FROM directory_imports'))[0].n)).toBe(0);

    const empty = await suiteDatabase({ empty: true });
    try {
      const notMigrated = AppProcess.start(COMMAND, { ...env, DATABASE_URL: empty.url }, [DENUE]);
      expect((await notMigrated.exited).code).toBe(69);
      expect(notMigrated.logs).toContain('the database is not migrated');
    } finally {
      await empty.drop();
    }
  }, 60_000);

  it('killed mid-file leaves whole listings only; run again it completes, and a third run changes nothing', async () => {
    const killed = AppProcess.start(COMMAND, env, [DENUE, '--batch-size', '50']);
    // Some batches committed, not all: the kill lands mid-file.
    await waitFor(async () => (await sourceCount()) >= 100, 'a hundred committed listings', 60_000);
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');
    const committed = await sourceCount();
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(6883);
    expect(committed % 50).toBe(0); // whole batches only
    const half = await dataSource.query(`
      SELECT p.id FROM supplier_profiles p
       WHERE p.origin = 'directory'
         AND (NOT EXISTS (SELECT 1 FROM supplier_plants l WHERE l.profile_id = p.id)
              OR NOT EXISTS (SELECT 1 FROM directory_sources s WHERE s.profile_id = p.id))`);
    expect(half).toEqual([]);
    expect((await dataSource.query(`SELECT status FROM directory_imports`)).map((row: { status: string }) => row.status)).toEqual(['running']);

    const resumed = AppProcess.start(COMMAND, env, [DENUE, '--json']);
    expect((await resumed.exited).code).toBe(0);
    const lines = resumed.logs.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    expect(Object.keys(summary)).toEqual(JSON_KEYS);
    expect(summary).toMatchObject({ registry: 'DENUE', rows: 6883, inserted: 6883 - committed, unchanged: committed, updated: 0, removed: 0, bad: 0 });
    expect(resumed.logs).toMatch(new RegExp(`directory:import DENUE: 6883 rows, inserted ${6883 - committed}, updated 0, unchanged ${committed}, removed 0, merged 0, bad 0 in [\\d.]+ s \\(\\d+ rows/s\\), peak RSS \\d+ MiB`));
    expect(await sourceCount()).toBe(6883);
    // The killed run no longer reads as running once the next run holds the registry's lock.
    expect(
      (await dataSource.query(`SELECT status FROM directory_imports ORDER BY started_at`)).map((row: { status: string }) => row.status),
    ).toEqual(['failed', 'completed']);

    const again = AppProcess.start(COMMAND, env, [DENUE, '--json', '--dry-run']);
    expect((await again.exited).code).toBe(0);
    expect(again.logs).toContain('(dry run, nothing written)');
    expect(JSON.parse(again.logs.trim().split('\n').pop() as string)).toMatchObject({ unchanged: 6883, inserted: 0, updated: 0 });
  }, 120_000);
});
