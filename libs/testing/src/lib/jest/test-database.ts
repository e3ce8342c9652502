import { Client } from 'pg';
import { isProcessRunning } from '../process-alive';

/** Every database a test run creates starts with this; nothing else is ever dropped. */
export const TEST_DATABASE_PREFIX = 'puente_test_';

export function serverUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export function assertTestDatabaseName(name: string): void {
  if (!name.startsWith(TEST_DATABASE_PREFIX) || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Refusing to touch database "${name}": test databases are named ${TEST_DATABASE_PREFIX}<run>`);
  }
}

export async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(name: string, template?: string): Promise<void> {
  assertTestDatabaseName(name);
  if (template) assertTestDatabaseName(template);
  await withServer((client) => client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
}

export async function dropTestDatabase(name: string): Promise<void> {
  assertTestDatabaseName(name);
  await withServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}


/** Drops databases left by runs that crashed: named with our prefix and a pid that no longer runs. */
export async function dropLeftoverTestDatabases(): Promise<string[]> {
  const { rows } = await withServer((client) =>
    client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
      `${TEST_DATABASE_PREFIX}%`,
    ]),
  );
  const leftovers = rows
    .map((row) => row.datname)
    .filter((name) => {
      const pid = Number(name.slice(TEST_DATABASE_PREFIX.length).split('_')[0]);
      return Number.isInteger(pid) && pid > 0 && !isProcessRunning(pid);
    });
  for (const name of leftovers) await dropTestDatabase(name);
  return leftovers;
}
