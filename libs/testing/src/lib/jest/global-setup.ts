import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, databaseUrl, dropLeftoverTestDatabases, TEST_DATABASE_PREFIX } from './test-database';

/**
 * Once per `jest` run: a database of its own (named after this pid so a later run can tell
 * a crashed run's leftovers), a Redis key prefix of its own, and the built apps that
 * process-level tests start.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${randomBytes(3).toString('hex')}`;
  await dropLeftoverTestDatabases();
  const name = `${TEST_DATABASE_PREFIX}${run}`;
  await createTestDatabase(name);
  process.env.PUENTE_TEST_DATABASE = name;
  process.env.DATABASE_URL = databaseUrl(name);
  process.env.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  process.env.PUENTE_TEST_RUN = run;
  process.env.NODE_ENV = 'test';

  if (!process.env.PUENTE_TEST_SKIP_BUILD) {
    execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api', '--output-style=stream-without-prefixes'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
  }
}
