// The built API and worker, started by the bench on the bench database with a Redis prefix of its own,
// and the two actors it needs: a signed-in buyer (matching) and a platform admin (suspend/unsuspend for
// the freshness probe), written straight to the database like the test factories do.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import http from 'node:http';
import * as argon2 from 'argon2';
import { Redis } from 'ioredis';
import { WORKSPACE } from '../../../tools/ensure-installed.mjs';
import { request } from './load.mjs';

async function waitReady(url, child, name) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await sleep(200);
  }
  throw new Error(`${name} not ready at ${url} after 120 s`);
}

/** Each program's log (stdout, JSON lines at LOG_LEVEL) goes to tmp/bench/search-speed-<name>.log for a post-mortem. */
function start(program, env, name) {
  const log = openSync(join(WORKSPACE, 'tmp/bench', `search-speed-${name}.log`), 'a');
  const child = spawn(process.execPath, [join(WORKSPACE, program)], { cwd: WORKSPACE, env, stdio: ['ignore', log, 'inherit'] });
  closeSync(log);
  child.name = name;
  return child;
}

export function stop(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', done);
    child.kill('SIGTERM');
    setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 15_000).unref();
  });
}

/** Resident memory of a process now and at its peak (Linux /proc), in bytes. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

export async function startApi(env, port) {
  // A buyer's search is anonymous and rate limited per client; the bench is one client sending thousands.
  const api = start('dist/apps/api/main.cjs', { ...env, PORT: String(port), RATE_LIMIT_MAX_REQUESTS: '100000000' }, 'api');
  await waitReady(`http://127.0.0.1:${port}/health/ready`, api, 'api');
  return api;
}

export async function startWorker(env, port) {
  // The search consumer needs the vocabulary to build documents; a worker build without catalog-data/
  // beside its bundle (as before search-core's fix) failed every such job with ENOENT. Saying where the
  // files are keeps the bench measuring the flow whatever the build ships.
  const catalog = { CATALOG_DATA_DIR: env.CATALOG_DATA_DIR ?? join(WORKSPACE, 'libs/catalog/data') };
  const worker = start('dist/apps/worker/main.cjs', { ...env, ...catalog, WORKER_HEALTH_PORT: String(port) }, 'worker');
  await waitReady(`http://127.0.0.1:${port}/health/ready`, worker, 'worker');
  return worker;
}

/** A verified user in a new organization of `kind`, signed in through the API: its access token (15 min). */
export async function signedIn(pool, base, kind) {
  const password = `bench ${randomBytes(8).toString('hex')}`;
  const email = `search-bench-${kind}-${randomBytes(4).toString('hex')}@bench.puente.example`;
  let organizationId;
  if (kind === 'platform') {
    const { rows } = await pool.query(`SELECT id FROM organizations WHERE kind = 'platform'`);
    organizationId = rows[0]?.id;
  }
  if (!organizationId) {
    const { rows } = await pool.query(
      `INSERT INTO organizations (kind, name, country, language, time_zone, created_at) VALUES ($1, $2, 'US', 'en', 'America/Chicago', now()) RETURNING id`,
      [kind, kind === 'platform' ? 'Puente' : `Search bench buyer ${randomBytes(3).toString('hex')}`],
    );
    organizationId = rows[0].id;
  }
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const { rows } = await pool.query(
    `INSERT INTO users (email, name, password_hash, language, time_zone, email_verified_at, created_at, updated_at)
     VALUES ($1, $2, $3, 'en', 'America/Chicago', now(), now(), now()) RETURNING id`,
    [email, `Search bench ${kind}`, hash],
  );
  await pool.query(`INSERT INTO memberships (user_id, organization_id, role, created_at) VALUES ($1, $2, 'owner', now())`, [rows[0].id, organizationId]);
  const agent = new http.Agent({ keepAlive: false });
  const answer = await request(agent, base, { method: 'POST', path: '/api/v1/auth/sign-in', body: { email, password, client: 'api' } });
  if (answer.status !== 200) throw new Error(`sign-in of the bench ${kind} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.accessToken;
}

/** Removes the bench's Redis keys (its own prefix only). */
export async function dropRedisKeys(redisUrl, prefix) {
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}
