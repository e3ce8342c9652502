import { loadLandPorts, vocabulary } from '@puente/catalog';
import { ALL_MIGRATIONS } from '@puente/schema';
import { Client } from 'pg';
import { AppProcess, suiteDatabase, testEnvironment, type SuiteDatabase } from '@puente/testing';
import { startTestApi, type TestApi } from './support/test-api';

describe('readiness and migrations', () => {
  let database: SuiteDatabase;
  let api: TestApi;

  beforeAll(async () => {
    database = await suiteDatabase({ empty: true });
    api = await startTestApi({ env: { DATABASE_URL: database.url } });
  });
  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  it('reports MIGRATIONS_PENDING before db:migrate and 200 after; a second run changes nothing', async () => {
    const before = await fetch(`${api.url}/health/ready`);
    expect(before.status).toBe(503);
    const body = (await before.json()) as { error: { code: string; details: Array<{ message: string }> } };
    expect(body.error.code).toBe('MIGRATIONS_PENDING');
    expect(body.error.details.map((detail) => detail.message)).toEqual(ALL_MIGRATIONS.map((migration) => new migration().name));

    const migrate = AppProcess.start('dist/apps/api/migrate.cjs', testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info' }));
    expect((await migrate.exited).code).toBe(0);
    expect(migrate.logs).toContain('migrations applied');
    expect(migrate.logs).toContain('reference data loaded');

    const after = await fetch(`${api.url}/health/ready`);
    expect(after.status).toBe(200);

    const again = AppProcess.start('dist/apps/api/migrate.cjs', testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info' }));
    expect((await again.exited).code).toBe(0);
    expect(again.logs).toContain('schema is up to date');
    // Every table compared row by row and found equal: nothing inserted, updated or deleted.
    expect(again.logs).toContain('reference data was already current');
    expect(again.logs).toContain('"changes":0');
  });

  it('loads the reference data with the schema, idempotently, removing rows the files no longer have', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const counts = async () =>
        (await client.query(`SELECT (SELECT count(*)::int FROM catalog_vocabulary) AS vocabulary, (SELECT count(*)::int FROM catalog_land_ports) AS ports,
                                    (SELECT count(*)::int FROM catalog_mx_states) AS states`)).rows[0];
      expect(await counts()).toEqual({ vocabulary: vocabulary().entries.length, ports: loadLandPorts().length, states: 32 });
      await client.query(`INSERT INTO catalog_vocabulary (code, kind, name_en, name_es, synonyms_en, synonyms_es, version) VALUES ('proc.retired', 'process-family', 'Retired', 'Retirado', '{}', '{}', 0)`);
      const again = AppProcess.start('dist/apps/api/migrate.cjs', testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info' }));
      expect((await again.exited).code).toBe(0);
      expect(await counts()).toEqual({ vocabulary: vocabulary().entries.length, ports: loadLandPorts().length, states: 32 });
      const [laredo] = (await client.query(`SELECT name, crossings FROM catalog_land_ports WHERE name = 'Laredo'`)).rows;
      expect(laredo.crossings).toContain('World Trade Bridge');
    } finally {
      await client.end();
    }
  });

  it('lets two db:migrate runs at once take turns', async () => {
    const fresh = await suiteDatabase({ empty: true });
    try {
      const runs = [1, 2].map(() => AppProcess.start('dist/apps/api/migrate.cjs', testEnvironment({ DATABASE_URL: fresh.url, LOG_LEVEL: 'info' })));
      const codes = await Promise.all(runs.map(async (run) => (await run.exited).code));
      expect(codes).toEqual([0, 0]);
      expect(runs.filter((run) => run.logs.includes('migrations applied'))).toHaveLength(1);
    } finally {
      await fresh.drop();
    }
  });
});
