// npm run bench -- rfq-fanout
// The RFQ fan-out as a buyer meets it: RFQs published through the built API (dist/apps/api/main.cjs), the
// built worker (dist/apps/worker/main.cjs, RFQ_INVITE_TOP_N=200) matching and inviting suppliers, completion
// observed in the database. Two runs: (1) latency, one RFQ at a time: publish request sent → the fan-out's
// invitations committed (p50/p95, goal p95 <= 1 s for 200 invitations); (2) throughput, 1,000 RFQs published
// at once: invitations/s, RFQs/s and the time to drain. Options are environment variables (see README).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';
import { buildApps, databaseName, databaseUrl, dataFigures, dropDatabase, prepareDatabase } from './rfq-fanout/data.mjs';
import { printReport } from './rfq-fanout/report.mjs';
import { startApi, startWorker, stop } from './rfq-fanout/processes.mjs';
import { benchBuyer, createDraft, FAN_OUT_CONSUMER, inParallel, invitationFigures, publish, rfqBody, waitFannedOut, waitQuiet } from './rfq-fanout/rfqs.mjs';
import { drain } from './rfq-fanout/throughput.mjs';

const options = {
  topN: Number(process.env.BENCH_TOP_N ?? 200),
  warmUp: Number(process.env.BENCH_WARMUP ?? 3),
  samples: Number(process.env.BENCH_SAMPLES ?? 40),
  rfqs: Number(process.env.BENCH_RFQS ?? 1000),
  publishers: Number(process.env.BENCH_PUBLISHERS ?? 8),
  claimed: Number(process.env.BENCH_CLAIMED ?? 50),
  workerConcurrency: process.env.WORKER_CONCURRENCY ?? '8',
  goalMs: 1000,
};
/**
 * The latency RFQ's process: welded steel frames. The registries' listings carry process families (their
 * activity text is coarse), and fabrication is the family most of them carry (about 1,500 of 11,317), so
 * 200 invitations go to suppliers that do fit, not to whatever shares a word with the RFQ.
 */
const MAIN_PROCESS = process.env.BENCH_PROCESS ?? 'proc.fabrication.weldment-fabrication';
const MAIN_MATERIAL = process.env.BENCH_MATERIAL ?? 'mat.steel';
const MAIN_FAMILY = MAIN_PROCESS.split('.').slice(0, 2).join('.');
const API_PORT = 39900 + (process.pid % 50);
const WORKER_PORT = API_PORT + 50;
const log = (line) => console.error(`rfq-fanout: ${line}`);
const mailDir = mkdtempSync(join(tmpdir(), 'puente-bench-rfq-mail-'));
const prefix = `pbench-rfq-${process.pid}`;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_KEY_PREFIX: prefix,
  PUENTE_DATA_DIR: join(WORKSPACE, '.puente'),
  CATALOG_DATA_DIR: process.env.CATALOG_DATA_DIR ?? join(WORKSPACE, 'libs/catalog/data'),
  MAIL_DIR: mailDir,
  LOG_LEVEL: 'warn',
  RFQ_INVITE_TOP_N: String(options.topN),
  WORKER_CONCURRENCY: options.workerConcurrency,
};

let api;
let worker;
let pool;
async function cleanUp() {
  await stop(api);
  await stop(worker);
  await pool?.end().catch(() => undefined);
  await dropDatabase();
  const redis = new Redis(env.REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
  rmSync(mailDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\n${signal}: stopping, dropping ${databaseName}`);
    await cleanUp();
    process.exit(130);
  });
}

/** Process families listings carry most (at least topN each), for the throughput run's variety; the main process first. */
async function processesForVariety() {
  const { rows } = await pool.query(
    `SELECT p AS code, count(*)::int AS n FROM supplier_profiles, jsonb_array_elements_text(published_data->'processes') p
      WHERE state = 'published' GROUP BY p HAVING count(*) >= $1 ORDER BY count(*) DESC LIMIT 8`,
    [options.topN],
  );
  const codes = rows.map((row) => row.code).filter((code) => code !== MAIN_FAMILY);
  return [MAIN_PROCESS, ...codes];
}

const labelOf = (code) => code.split('.').pop().replace(/-/g, ' ');

async function latencyRun(buyer, base) {
  const results = [];
  const total = options.warmUp + options.samples;
  for (let n = 0; n < total; n++) {
    const rfqId = await createDraft(buyer, base, rfqBody({ process: MAIN_PROCESS, material: MAIN_MATERIAL, label: 'Welded steel frame', n }));
    const { sentAt, ms } = await publish(buyer, base, rfqId);
    const seenAt = await waitFannedOut(pool, rfqId);
    const figures = await invitationFigures(pool, rfqId);
    if (n >= options.warmUp) results.push({ observedMs: seenAt - sentAt, publishMs: ms, ...figures, waitMs: Number(figures.wait_ms) });
    log(`${n < options.warmUp ? 'warm-up' : 'sample'} ${n + 1}/${total}: ${figures.invitations} invitations in ${(seenAt - sentAt).toFixed(0)} ms`);
    await waitQuiet(pool, rfqId, figures.claimed);
  }
  return results;
}

async function throughputRun(buyer, base, processes) {
  log(`creating ${options.rfqs} drafts through POST /api/v1/rfqs (${options.publishers} at a time)...`);
  const ids = await inParallel(
    options.rfqs,
    options.publishers,
    (n) => {
      const code = processes[n % processes.length];
      return createDraft(buyer, base, rfqBody({ process: code, material: null, label: labelOf(code), n: 10_000 + n }));
    },
    (done, count) => log(`  drafts ${done}/${count}`),
  );
  await buyer.token();
  log(`publishing ${options.rfqs} RFQs at once (${options.publishers} concurrent POST .../publish)...`);
  const startedAt = performance.now();
  await inParallel(options.rfqs, options.publishers, (n) => publish(buyer, base, ids[n]), (done, count) => log(`  published ${done}/${count}`));
  const publishedAt = performance.now();
  const drained = await drain(pool, ids, { consumer: FAN_OUT_CONSUMER, startedAt, log });
  return { ...drained, publishSeconds: (publishedAt - startedAt) / 1000, processes };
}

function machine(pg, redis) {
  return `${cpus().length} cores (${cpus()[0].model}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, PostgreSQL ${pg}, Redis ${redis}`;
}

try {
  log('building api and worker...');
  await buildApps();
  const prepared = await prepareDatabase({ env, claimed: options.claimed, claimProcess: MAIN_FAMILY, log });
  pool = prepared.pool;
  const data = await dataFigures(pool, MAIN_FAMILY);
  log('starting the API and the worker...');
  api = await startApi(env, API_PORT);
  worker = await startWorker(env, WORKER_PORT);
  const base = `http://127.0.0.1:${API_PORT}`;
  const buyer = await benchBuyer(pool, base);
  const loadBefore = loadavg();
  log(`latency run: ${options.warmUp} warm-up + ${options.samples} RFQs, one at a time...`);
  const latency = await latencyRun(buyer, base);
  const processes = await processesForVariety();
  log(`throughput run: ${options.rfqs} RFQs over ${processes.length} processes...`);
  const throughput = await throughputRun(buyer, base, processes);
  const { rows } = await pool.query(`SELECT current_setting('server_version') AS pg`);
  const redis = new Redis(env.REDIS_URL);
  const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1];
  redis.disconnect();
  printReport({ options, mainProcess: MAIN_PROCESS, mainMaterial: MAIN_MATERIAL, mainFamily: MAIN_FAMILY, prepared, data, latency, throughput, machine: machine(rows[0].pg, redisVersion), loadBefore, loadAfter: loadavg() });
} catch (error) {
  console.error(`rfq-fanout: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  log(`dropping ${databaseName}`);
  await cleanUp();
}
process.exit();
