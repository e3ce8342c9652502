// Prints the search-speed report: the set-up first (machine, data, concurrency, warm-up, samples), then
// the figures, then the goal of the issue against them, then the plan of the slowest class when missed.
import { GIVE_UP_MS } from './freshness.mjs';
import { percentile } from './load.mjs';

const mib = (bytes) => `${(Number(bytes) / 2 ** 20).toFixed(1)} MiB`;
const load = (values) => values.map((value) => value.toFixed(1)).join(' ');

function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => (column < 1 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  '));
}

export function printReport(results) {
  const { options, prepared, database } = results;
  const imported = prepared.imports.map((run) => (run.skipped ? `${run.registry} ${run.rows} (reused)` : `${run.registry} ${run.rows} in ${run.seconds.toFixed(0)} s`));
  console.log('\nsearch speed benchmark: GET /api/v1/suppliers/search and POST /api/v1/matching/suppliers over HTTP, built API (dist/apps/api/main.cjs), PostgreSQL engine');
  console.log(`machine: ${results.machine}, PostgreSQL ${database.version} (shared_buffers ${database.shared_buffers}, work_mem ${database.work_mem}); load average before ${load(results.loadBefore)}, after ${load(results.loadAfter)}`);
  console.log(`data: ${database.published} published listings (real RETC + DENUE, generated seed 1, ${'40'} freshness fixtures): ${imported.join(', ')}; database ${mib(database.database)}`);
  console.log(`concurrency: 1 and 8 closed loops over HTTP keep-alive (the driver runs in the bench process on the same cores as the API, its worker and PostgreSQL)`);
  console.log(`warm-up: 40 requests per class and of matching at concurrency 4, not timed; samples: ${options.samples} requests per class and concurrency (drawn from a seeded query set; a draw may repeat an earlier one)`);
  if (results.reindex) console.log(`index build (search:reindex, the whole directory rebuilt aside and swapped in): ${results.reindex.seconds.toFixed(1)} s wall`);
  console.log(`outbox rows of the imports marked sent before the worker started (the reindex covers them): ${results.outboxSkipped}\n`);

  if (options.freshnessOnly) console.log('--freshness-only: no query classes and no matching timed in this run\n');
  const rows = [...results.search, ...results.matching].map((run) => [run.name, run.concurrency, run.n, run.p50, run.p95, run.p99, run.max, run.rps, run.items, run.total, run.errors]);
  if (rows.length) table(['class', 'conc', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'req/s', 'items (median)', 'total (median)', 'errors'], rows);

  const fresh = results.freshness;
  console.log('');
  if (fresh.error) console.log(`freshness: not measured: ${fresh.error}`);
  else {
    const figures = (values) => (values.length ? `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${values[values.length - 1].toFixed(0)} ms` : 'none');
    console.log(`freshness (${fresh.samples} samples, ${fresh.searchable}/${fresh.fixtures} fixtures searchable before, polled every 25 ms, given up after ${GIVE_UP_MS / 1000} s):`);
    console.log(`  unsuspend → found by search (publish → searchable): ${figures(fresh.back)} (${fresh.samples - fresh.back.length} never within ${GIVE_UP_MS / 1000} s, not in the percentiles)`);
    console.log(`  suspend → gone from search:                        ${figures(fresh.gone)} (${fresh.samples - fresh.gone.length} never within ${GIVE_UP_MS / 1000} s)`);
  }
  console.log(`memory: API RSS ${mib(results.apiMemoryAfterLoad.rss)} after the load (peak ${mib(results.apiMemory.peak)}), worker RSS ${mib(results.workerMemory.rss)}`);
  for (const relation of database.relations) {
    if (relation.kind === 'r') console.log(`  table ${relation.name}: ~${relation.rows} rows, heap ${mib(relation.bytes)}, with indexes and toast ${mib(relation.total)}`);
    else console.log(`    index ${relation.name}: ${mib(relation.bytes)}`);
  }

  const worst = (runs) => Math.max(...runs.map((run) => (run.n ? Number(run.p95) : Infinity)));
  const searchP95 = worst(results.search);
  const matchingP95 = worst(results.matching);
  // Samples that never came back count as slower than any that did.
  const freshAll = fresh.back ? [...fresh.back, ...Array(fresh.samples - fresh.back.length).fill(Infinity)] : [];
  const freshP95 = freshAll.length ? percentile(freshAll, 95) / 1000 : NaN;
  console.log('');
  const verdict = (runs, value, goal) => (runs.length ? `${value.toFixed(1)} ms ${value <= goal ? 'met' : 'MISSED'}` : 'not timed in this run');
  console.log(`goal (at 500,000 listings): search p95 <= 30 ms: worst class ${verdict(results.search, searchP95, 30)}; matching p95 <= 60 ms: ${verdict(results.matching, matchingP95, 60)}; freshness p95 <= 2 s: ${Number.isNaN(freshP95) ? 'not measured' : `${freshP95.toFixed(2)} s ${freshP95 <= 2 ? 'met' : 'MISSED'}`}`);

  const failures = [...results.search, ...results.matching].flatMap((run) => run.failures.map((failure) => ({ class: run.name, ...failure })));
  if (failures.length) {
    console.log('\nfirst failures:');
    for (const failure of failures.slice(0, 6)) console.log(`  ${failure.class}: ${failure.status} ${failure.path} ${failure.body ? JSON.stringify(failure.body) : ''} → ${JSON.stringify(failure.answer).slice(0, 300)}`);
  }
  for (const explain of results.explain ?? []) {
    console.log('');
    if (explain.error) console.log(`EXPLAIN of ${explain.className}: ${explain.error}`);
    else {
      console.log(`EXPLAIN (ANALYZE, BUFFERS) through auto_explain, ${explain.replayed} requests of "${explain.className}" replayed at concurrency 1: ${explain.statements} statements on search_* tables, median ${explain.medianMs.toFixed(1)} ms; the slowest (${explain.slowest.ms.toFixed(1)} ms):`);
      console.log(explain.slowest.text.split('\n').slice(0, 140).join('\n'));
    }
  }
}
