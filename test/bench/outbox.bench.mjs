// npm run bench -- outbox
// Throughput of the transactional outbox (committed changes → applied effects per second) with one
// and with two worker processes, and the lag from commit to effect (p50/p95). Real PostgreSQL,
// Redis and built worker processes; a database and Redis prefix of its own, removed afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Redis } from 'ioredis';
import { withBuildLock } from '../../tools/build-lock.mjs';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';
import { toolEnv } from '../../tools/tool-env.mjs';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 3000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const PRODUCERS = Number(process.env.BENCH_PRODUCERS ?? 4);
const PACED_CHANGES = Number(process.env.BENCH_PACED_CHANGES ?? 1000);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 200);
const WORKER_COUNTS = [1, 2];
const server = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `puente_bench_${process.pid}`;
const prefix = `pbench-${process.pid}`;
const databaseUrl = Object.assign(new URL(server), { pathname: `/${database}` }).toString();

async function admin(sql) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function startWorker(index) {
  const child = spawn(process.execPath, [join(WORKSPACE, 'dist/apps/worker/main.cjs')], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      WORKER_HEALTH_PORT: String(39100 + index),
      PUENTE_DATA_DIR: join(WORKSPACE, '.puente'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function waitReady(index) {
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${39100 + index}/health/ready`)).ok) return;
    } catch {
      // starting
    }
    await sleep(100);
  }
}

/**
 * Commits `count` changes (a ping and its outbox row per transaction) from PRODUCERS connections,
 * at full speed or, with `perSecond`, on a fixed schedule.
 */
async function produce(pool, label, count, perSecond) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: PRODUCERS }, async () => {
      const client = await pool.connect();
      try {
        while (next < count) {
          const n = next++;
          if (perSecond) {
            const due = started + (n * 1000) / perSecond;
            if (due > performance.now()) await sleep(due - performance.now());
          }
          await client.query('BEGIN');
          const { rows } = await client.query(
            'INSERT INTO demo_pings (message, created_at) VALUES ($1, clock_timestamp()) RETURNING id',
            [`${label}-${n}`],
          );
          await client.query(
            `INSERT INTO outbox_messages (topic, payload, created_at) VALUES ('demo.ping.created', $1, clock_timestamp())`,
            [JSON.stringify({ pingId: rows[0].id })],
          );
          await client.query('COMMIT');
        }
      } finally {
        client.release();
      }
    }),
  );
}

async function waitForEffects(pool, label, count) {
  for (;;) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM demo_pongs o JOIN demo_pings p ON p.id = o.ping_id WHERE p.message LIKE $1`,
      [`${label}-%`],
    );
    if (rows[0].n >= count) return;
    await sleep(20);
  }
}

async function effects(pool, label) {
  const { rows } = await pool.query(
    `SELECT extract(epoch FROM (o.recorded_at - p.created_at)) * 1000 AS lag_ms,
            extract(epoch FROM p.created_at) * 1000 AS committed, extract(epoch FROM o.recorded_at) * 1000 AS applied
     FROM demo_pongs o JOIN demo_pings p ON p.id = o.ping_id WHERE p.message LIKE $1`,
    [`${label}-%`],
  );
  return rows;
}

function lagFigures(rows) {
  const lags = rows.map((row) => Number(row.lag_ms)).sort((a, b) => a - b);
  return { p50: percentile(lags, 50).toFixed(1), p95: percentile(lags, 95).toFixed(1), max: lags[lags.length - 1].toFixed(1) };
}

async function measure(pool, workers) {
  const processes = Array.from({ length: workers }, (_, index) => startWorker(index));
  await Promise.all(processes.map((_, index) => waitReady(index)));

  const warm = `warm${workers}`;
  await produce(pool, warm, WARMUP);
  await waitForEffects(pool, warm, WARMUP);

  const saturated = `saturated${workers}`;
  await produce(pool, saturated, CHANGES);
  await waitForEffects(pool, saturated, CHANGES);
  const rows = await effects(pool, saturated);

  const paced = `paced${workers}`;
  await produce(pool, paced, PACED_CHANGES, PACED_RATE);
  await waitForEffects(pool, paced, PACED_CHANGES);
  const pacedRows = await effects(pool, paced);

  const duplicates = (
    await pool.query(
      `SELECT count(*)::int AS n FROM (SELECT ping_id FROM demo_pongs GROUP BY ping_id HAVING count(*) > 1) d`,
    )
  ).rows[0].n;
  await Promise.all(processes.map((child) => new Promise((done) => (child.on('exit', done), child.kill('SIGTERM')))));

  const first = Math.min(...rows.map((row) => Number(row.committed)));
  const last = Math.max(...rows.map((row) => Number(row.applied)));
  return {
    workers,
    effectsPerSecond: Math.round((rows.length / (last - first)) * 1000),
    saturatedLag: lagFigures(rows),
    pacedLag: lagFigures(pacedRows),
    duplicates,
  };
}

async function cleanRedis() {
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

const build = await withBuildLock(
  () => spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,worker'], { cwd: WORKSPACE, stdio: 'ignore', env: toolEnv }).status,
);
if (build !== 0) throw new Error('build failed');

await admin(`CREATE DATABASE ${database}`);
const pool = new pg.Pool({ connectionString: databaseUrl, max: PRODUCERS + 2 });
try {
  const migrated = spawnSync(process.execPath, ['dist/apps/api/migrate.cjs'], {
    cwd: WORKSPACE,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
  if (migrated.status !== 0) throw new Error('migration failed');
  const versions = (await pool.query(`SELECT current_setting('server_version') AS pg`)).rows[0];
  const redisInfo = await new Redis(redisUrl).info('server');

  const results = [];
  for (const workers of WORKER_COUNTS) results.push(await measure(pool, workers));

  console.log(`outbox benchmark: committed change → relay → BullMQ → consumer effect (demo ping → pong)
machine: ${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, PostgreSQL ${versions.pg}, Redis ${/redis_version:(\S+)/.exec(redisInfo)?.[1]}
concurrency: ${PRODUCERS} producer connections; worker concurrency ${process.env.WORKER_CONCURRENCY ?? 8} per queue, outbox batch ${process.env.OUTBOX_BATCH_SIZE ?? 100}, NOTIFY wake-up
warm-up: ${WARMUP} changes per worker count, not measured
samples: saturated = ${CHANGES} changes committed at full speed (throughput = changes / (last effect − first commit));
         paced = ${PACED_CHANGES} changes at ${PACED_RATE}/s (lag = effect recorded_at − change committed, same clock)
`);
  console.log('workers  saturated effects/s  saturated lag p50/p95 ms  paced lag p50/p95/max ms  duplicate effects');
  for (const r of results) {
    console.log(
      `${String(r.workers).padStart(7)}  ${String(r.effectsPerSecond).padStart(19)}  ${`${r.saturatedLag.p50} / ${r.saturatedLag.p95}`.padStart(24)}  ${`${r.pacedLag.p50} / ${r.pacedLag.p95} / ${r.pacedLag.max}`.padStart(24)}  ${String(r.duplicates).padStart(17)}`,
    );
  }
  process.exitCode = 0;
} finally {
  await pool.end();
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await cleanRedis();
}
process.exit();
