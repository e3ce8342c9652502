import { dropTestDatabase, withServer, TEST_DATABASE_PREFIX } from './test-database';

/** Drops every database of this run: the template, the default one, and any a suite left behind. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env.PUENTE_TEST_RUN;
  if (!run) return;
  const { rows } = await withServer((client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEST_DATABASE_PREFIX}${run}%`]),
  );
  for (const { datname } of rows) await dropTestDatabase(datname);
}
