import { ALL_MIGRATIONS } from '@puente/schema';
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

    const after = await fetch(`${api.url}/health/ready`);
    expect(after.status).toBe(200);

    const again = AppProcess.start('dist/apps/api/migrate.cjs', testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info' }));
    expect((await again.exited).code).toBe(0);
    expect(again.logs).toContain('schema is up to date');
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
