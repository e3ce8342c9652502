import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { deleteLeftoverRedisKeys } from '../redis-keys';
import { buildTestEntries } from './build-test-entries';
import { createTestDatabase, databaseUrl, dropLeftoverTestDatabases, TEST_DATABASE_PREFIX } from './test-database';

const WORKSPACE = resolve(__dirname, '../../../../..');

/**
 * Once per `jest` run: the built apps (process-level tests start them), a template database
 * migrated once with the real `db:migrate` program, this run's default database copied from it,
 * and a run id that names every database and Redis prefix the run creates. Names carry this
 * pid, so a later run can tell a crashed run's leftovers and drop them.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${randomBytes(3).toString('hex')}`;
  process.env.PUENTE_TEST_RUN = run;
  process.env.NODE_ENV = 'test';
  process.env.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

  if (!process.env.PUENTE_TEST_SKIP_BUILD) {
    execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--output-style=stream-without-prefixes'], {
      cwd: WORKSPACE,
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
  }
  await buildTestEntries();

  await dropLeftoverTestDatabases();
  await deleteLeftoverRedisKeys();
  const template = `${TEST_DATABASE_PREFIX}${run}_template`;
  await createTestDatabase(template);
  execFileSync(process.execPath, ['dist/apps/api/migrate.cjs'], {
    cwd: WORKSPACE,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, DATABASE_URL: databaseUrl(template), LOG_LEVEL: 'warn' },
  });
  process.env.PUENTE_TEST_TEMPLATE = template;

  const name = `${TEST_DATABASE_PREFIX}${run}`;
  await createTestDatabase(name, template);
  process.env.DATABASE_URL = databaseUrl(name);
}
