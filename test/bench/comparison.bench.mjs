// npm run bench -- comparison
// The buyer's comparison as the built API serves it, and the worker's response-statistics recomputation.
// (1) GET /api/v1/rfqs/{id}/comparison of closed RFQs of a large shape (5 lines × 4 breaks × 25 quotes, half
// in MXN, mixed Incoterms, an admin-entered rate): the first read (computes and freezes), later reads (the
// frozen snapshot, the track record read live) and ?format=csv, one at a time and at concurrency 8.
// (2) recomputeResponseStats for 1 supplier and for 200 at once, each supplier with 2,000 invitations.
// Built API and worker (dist/), a database and a Redis prefix of its own, removed at the end. Options are
// environment variables (README → Benchmarks). No goal is asserted: it prints figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKSPACE } from '../../tools/ensure-installed.mjs';
import { benchEnvironment } from './bench-kit.mjs';
import { closedRfq, mexicoCityToday, quoteBody, session } from './comparison/rfq-data.mjs';
import { printReport } from './comparison/report.mjs';
import { writeHistory } from './comparison/stats-data.mjs';
import { figures, timeRequests } from './comparison/timing.mjs';
import { startApi, startWorker, stop } from './rfq-fanout/processes.mjs';
import { request } from './search-speed/load.mjs';
import { loadTypeScriptModule } from './run-ts-entry.mjs';

const number = (name, fallback) => Number(process.env[name] ?? fallback);
const options = {
  rfqs: number('BENCH_RFQS', 3),
  lines: number('BENCH_LINES', 5),
  breaks: number('BENCH_BREAKS', 4),
  quotes: number('BENCH_QUOTES', 25),
  firstWarmUp: number('BENCH_FIRST_WARMUP', 2),
  firstSamples: number('BENCH_FIRST_SAMPLES', 15),
  warmUp: number('BENCH_WARMUP', 5),
  samples: number('BENCH_SAMPLES', 50),
  concurrency: number('BENCH_CONCURRENCY', 8),
  concurrentSamples: number('BENCH_CONCURRENT_SAMPLES', 80),
  statsSuppliers: number('BENCH_STATS_SUPPLIERS', 200),
  statsInvitations: number('BENCH_STATS_INVITATIONS', 2000),
  statsWarmUp: number('BENCH_STATS_WARMUP', 3),
  statsSamples: number('BENCH_STATS_SAMPLES', 30),
  statsBatchSamples: number('BENCH_STATS_BATCH_SAMPLES', 5),
  rate: process.env.BENCH_MXN_PER_USD ?? '17.8450',
  explain: process.env.BENCH_EXPLAIN === '1',
  workerConcurrency: process.env.WORKER_CONCURRENCY ?? '8',
};
const API_PORT = 39700 + (process.pid % 50);
const WORKER_PORT = API_PORT + 50;
const base = `http://127.0.0.1:${API_PORT}`;
const log = (line) => console.error(`comparison: ${line}`);
const mailDir = mkdtempSync(join(tmpdir(), 'puente-bench-comparison-mail-'));

let environment;
let api;
let worker;
async function cleanUp() {
  await stop(api);
  await stop(worker);
  await environment?.cleanUp();
  rmSync(mailDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\n${signal}: stopping, dropping the bench database and Redis keys`);
    await cleanUp();
    process.exit(130);
  });
}

/** The comparison's data: accounts in SQL (factories), the rate and the RFQs through the API. */
async function comparisonData(fixtures, pool) {
  const db = { query: async (sql, parameters) => (await pool.query(sql, parameters)).rows };
  const accounts = fixtures.accounts(db);
  const admin = await session(base, await accounts.admin());
  const buyerAccount = await accounts.buyer();
  const buyer = await session(base, buyerAccount);
  const rateDate = mexicoCityToday();
  await admin.call('POST', '/api/v1/fx-rates', { date: rateDate, mxnPerUsd: options.rate, source: 'banxico-fix' });
  log(`creating ${options.quotes} supplier organizations (factories) and signing them in...`);
  const suppliers = [];
  for (let k = 0; k < options.quotes; k++) {
    const account = await accounts.supplier(k);
    suppliers.push({ account, session: await session(base, account) });
  }
  const started = performance.now();
  const rfqIds = [];
  for (let n = 0; n < options.rfqs; n++) {
    log(`RFQ ${n + 1}/${options.rfqs}: create, publish, ${options.quotes} quotes, close (API)...`);
    rfqIds.push(await closedRfq({ buyer, suppliers, lines: options.lines, breaks: options.breaks, n, mxnPerUsd: Number(options.rate) }));
  }
  const buildSeconds = (performance.now() - started) / 1000;
  const sample = suppliers.map((s, k) => quoteBody({ lines: [{ id: 'x', quantities: [1] }] }, k, s.account, 1));
  const [{ id: buyerUserId }] = await db.query('SELECT id FROM users WHERE email = $1', [buyerAccount.email]);
  return {
    buyer,
    buyerUserId,
    rfqIds,
    setup: {
      buildSeconds,
      rate: options.rate,
      rateDate,
      mxnQuotes: sample.filter((q) => q.currency === 'MXN').length,
      notOriginating: sample.filter((q) => q.origin.usmcaCriterion === 'not_originating').length,
      incoterms: [...new Set(sample.map((q) => q.delivery.incoterm))].join(', '),
    },
  };
}

async function comparisonReads(pool, buyer, rfqIds) {
  const path = (format) => (n) => `/api/v1/rfqs/${rfqIds[n % rfqIds.length]}/comparison${format ? `?format=${format}` : ''}`;
  const cold = [];
  for (const rfqId of rfqIds) {
    const one = await timeRequests(base, buyer.token, { path: `/api/v1/rfqs/${rfqId}/comparison`, warmUp: 0, samples: 1 });
    cold.push(one.max);
  }
  log(`first reads: ${options.firstWarmUp} warm-up + ${options.firstSamples}, each after deleting the snapshot...`);
  const unfreeze = (n) => pool.query('DELETE FROM rfq_comparisons WHERE rfq_id = $1', [rfqIds[n % rfqIds.length]]);
  const first = await timeRequests(base, buyer.token, { path: path(), warmUp: options.firstWarmUp, samples: options.firstSamples, before: unfreeze });
  for (const rfqId of rfqIds) await timeRequests(base, buyer.token, { path: `/api/v1/rfqs/${rfqId}/comparison`, warmUp: 0, samples: 1 });
  const { rows } = await pool.query('SELECT count(*)::int AS n FROM rfq_comparisons WHERE rfq_id = ANY($1::uuid[])', [rfqIds]);
  if (rows[0].n !== rfqIds.length) throw new Error(`expected ${rfqIds.length} frozen comparisons, found ${rows[0].n}`);
  log(`frozen reads: JSON and CSV, ${options.warmUp} warm-up + ${options.samples} each, then concurrency ${options.concurrency}...`);
  const frozen = await timeRequests(base, buyer.token, { path: path(), warmUp: options.warmUp, samples: options.samples });
  const csv = await timeRequests(base, buyer.token, { path: path('csv'), warmUp: options.warmUp, samples: options.samples });
  const concurrent = { warmUp: options.warmUp, samples: options.concurrentSamples, concurrency: options.concurrency };
  const frozenConcurrent = await timeRequests(base, buyer.token, { path: path(), ...concurrent });
  const csvConcurrent = await timeRequests(base, buyer.token, { path: path('csv'), ...concurrent });
  return { cold: figures(cold), first, frozen, csv, frozenConcurrent, csvConcurrent, shape: await shapeOf(buyer, rfqIds[0]) };
}

/** What one frozen comparison holds, so the report shows the figures were computed (not all declined or unavailable). */
async function shapeOf(buyer, rfqId) {
  const answer = await request(buyer.agent, base, { path: `/api/v1/rfqs/${rfqId}/comparison`, token: buyer.token });
  const entries = answer.body.lines.flatMap((line) => line.breaks.flatMap((b) => b.entries));
  const warnings = new Set(entries.flatMap((entry) => (entry.landed?.warnings ?? []).map((warning) => warning.code ?? String(warning))));
  return {
    frozen: answer.body.frozenAt !== null,
    quoteCount: answer.body.quoteCount,
    entries: entries.length,
    landed: entries.filter((entry) => entry.landedPerUnitUsd !== null).length,
    declined: entries.filter((entry) => entry.declineReason !== null).length,
    unavailable: entries.filter((entry) => entry.unavailable !== null).length,
    warnings: [...warnings].sort().join(', ') || 'none',
  };
}

async function statsRuns(fixtures, pool, templateRfqId, buyerUserId) {
  const db = { query: async (sql, parameters) => (await pool.query(sql, parameters)).rows };
  const accounts = fixtures.accounts(db);
  log(`stats: ${options.statsSuppliers} supplier organizations (factories) and ${options.statsInvitations} RFQs of history each (SQL)...`);
  const started = performance.now();
  const suppliers = [];
  for (let k = 0; k < options.statsSuppliers; k++) suppliers.push(await accounts.supplier(1000 + k, { withUser: false }));
  const history = await writeHistory(pool, { templateRfqId, suppliers, rfqs: options.statsInvitations, userId: buyerUserId });
  const seconds = (performance.now() - started) / 1000;
  const ids = suppliers.map((s) => s.supplierId);
  const client = await pool.connect();
  try {
    const time = async (batch, { warmUp, samples, written }) => {
      const values = [];
      for (let n = 0; n < warmUp + samples; n++) {
        if (written) await client.query('DELETE FROM supplier_response_stats WHERE supplier_id = ANY($1::uuid[])', [batch]);
        const startedAt = performance.now();
        await fixtures.recomputeInTransaction(client, batch, new Date());
        if (n >= warmUp) values.push(performance.now() - startedAt);
      }
      return figures(values);
    };
    log(`stats: recomputeResponseStats, 1 supplier (${options.statsWarmUp} + ${options.statsSamples}) and ${ids.length} at once (1 + ${options.statsBatchSamples})...`);
    const single = { warmUp: options.statsWarmUp, samples: options.statsSamples };
    const batch = { warmUp: 1, samples: options.statsBatchSamples };
    const oneWritten = await time([ids[0]], { ...single, written: true });
    const oneUnchanged = await time([ids[0]], { ...single, written: false });
    const batchWritten = await time(ids, { ...batch, written: true });
    const batchUnchanged = await time(ids, { ...batch, written: false });
    const { rows } = await client.query(
      `SELECT invitations_due, invitations_answered, quotes_submitted, median_minutes_to_quote, quotes_decided, quotes_awarded FROM supplier_response_stats WHERE supplier_id = $1`,
      [ids[0]],
    );
    const plan = options.explain ? await fixtures.explainRecompute(client, [ids[0]], new Date()) : null;
    return { suppliers: ids.length, ...history, seconds, oneWritten, oneUnchanged, batchWritten, batchUnchanged, sample: JSON.stringify(rows[0]), plan };
  } finally {
    client.release();
  }
}

try {
  log('building api and worker, creating and migrating the bench database...');
  environment = await benchEnvironment('comparison', {
    CATALOG_DATA_DIR: process.env.CATALOG_DATA_DIR ?? join(WORKSPACE, 'libs/catalog/data'),
    MAIL_DIR: mailDir,
    WORKER_CONCURRENCY: options.workerConcurrency,
  });
  const { pool, env } = environment;
  const fixtures = await loadTypeScriptModule('test/bench/comparison/fixtures.entry.ts');
  log('starting the API and the worker...');
  api = await startApi(env, API_PORT, 'comparison');
  worker = await startWorker(env, WORKER_PORT, 'comparison');
  const loadBefore = loadavg();
  const data = await comparisonData(fixtures, pool);
  const reads = await comparisonReads(pool, data.buyer, data.rfqIds);
  const stats = await statsRuns(fixtures, pool, data.rfqIds[0], data.buyerUserId);
  // The CSV has one row per quote × line × break: the entries the comparison holds.
  const csv = await request(data.buyer.agent, base, { path: `/api/v1/rfqs/${data.rfqIds[0]}/comparison?format=csv`, token: data.buyer.token });
  const csvRows = String(csv.body).split('\n').filter((line) => line.trim()).length - 1;
  const machine = await environment.machine();
  printReport({
    options,
    machine,
    loadBefore,
    loadAfter: loadavg(),
    setup: { ...data.setup, entries: csvRows },
    reads,
    stats,
  });
} catch (error) {
  console.error(`comparison: ${error.stack ?? error}`);
  process.exitCode = 1;
} finally {
  log('stopping, dropping the bench database and Redis keys');
  await cleanUp();
}
process.exit();
