// Shared by the benchmarks: a database and Redis prefix of their own, built worker processes,
// percentiles and the machine line. Everything created here is removed by cleanUp().
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Redis } from 'ioredis';
import { withBuildLock } from '../../tools/build-lock.mjs';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';
import { toolEnv } from '../../tools/tool-env.mjs';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function lagFigures(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50).toFixed(1), p95: percentile(sorted, 95).toFixed(1), max: sorted[sorted.length - 1].toFixed(1) };
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Builds the apps, creates and migrates a database of its own; returns a pool and the env for workers.
 * `testProgram` runs workers from a test build instead of dist/ (e.g. `workerWithProbe`, the worker
 * plus the test-only probe consumer), bundled into tmp/test-build/ like the Jest setup does.
 */
export async function benchEnvironment(name, workerEnv = {}, { testProgram } = {}) {
  const build = await withBuildLock(
    () => spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,worker'], { cwd: WORKSPACE, stdio: 'ignore', env: toolEnv }).status,
  );
  if (build !== 0) throw new Error('build failed');
  const workerProgram = testProgram
    ? await createRequire(import.meta.url)('../../tools/esbuild/build-test-program.cjs').buildTestProgram(testProgram)
    : 'dist/apps/worker/main.cjs';
  const database = `puente_bench_${name}_${process.pid}`;
  const prefix = `pbench-${name}-${process.pid}`;
  const databaseUrl = Object.assign(new URL(server), { pathname: `/${database}` }).toString();
  await admin(`CREATE DATABASE ${database}`);
  const migrated = spawnSync(process.execPath, ['dist/apps/api/migrate.cjs'], {
    cwd: WORKSPACE,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
  if (migrated.status !== 0) throw new Error('migration failed');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: prefix,
    PUENTE_DATA_DIR: join(WORKSPACE, '.puente'),
    LOG_LEVEL: 'warn',
    ...workerEnv,
  };
  const processes = [];
  return {
    pool,
    env,
    async startWorkers(count) {
      const started = Array.from({ length: count }, (_, index) => {
        const child = spawn(process.execPath, [join(WORKSPACE, workerProgram)], {
          cwd: WORKSPACE,
          env: { ...env, WORKER_HEALTH_PORT: String(39100 + index) },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        processes.push(child);
        return child;
      });
      await Promise.all(started.map((_, index) => waitReady(39100 + index)));
      return {
        stop: () => Promise.all(started.map((child) => new Promise((done) => (child.on('exit', done), child.kill('SIGTERM'))))),
      };
    },
    async machine() {
      const { rows } = await pool.query(`SELECT current_setting('server_version') AS pg`);
      const redis = new Redis(redisUrl);
      const info = await redis.info('server');
      redis.disconnect();
      return `${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, PostgreSQL ${rows[0].pg}, Redis ${/redis_version:(\S+)/.exec(info)?.[1]}`;
    },
    async cleanUp() {
      for (const child of processes) if (child.exitCode === null) child.kill('SIGKILL');
      // pool.end() resolves before its clients have closed; DROP ... WITH (FORCE) then terminates
      // them, which an idle client reports as an error. Expected here, so not a crash.
      pool.on('error', () => undefined);
      await pool.end();
      await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      const redis = new Redis(redisUrl);
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}

async function waitReady(port) {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) return;
    } catch {
      // starting
    }
    await sleep(100);
  }
}

/** Runs `count` transactions from `producers` connections, at full speed or `perSecond`. */
export async function produce(pool, count, producers, perSecond, transaction) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: producers }, async () => {
      const client = await pool.connect();
      try {
        while (next < count) {
          const n = next++;
          if (perSecond) {
            const due = started + (n * 1000) / perSecond;
            if (due > performance.now()) await sleep(due - performance.now());
          }
          await client.query('BEGIN');
          await transaction(client, n);
          await client.query('COMMIT');
        }
      } finally {
        client.release();
      }
    }),
  );
}

export async function waitUntil(probe) {
  while (!(await probe())) await sleep(20);
}
