// The comparison bench's report: machine, data, concurrency, warm-up and samples, then the figures.

const ms = (value) => value.toFixed(1).padStart(9);
const load = (values) => values.map((value) => value.toFixed(1)).join(' ');
const row = (label, f, extra = '') => `${label.padEnd(62)}${String(f.n).padStart(5)}${ms(f.p50)}${ms(f.p95)}${ms(f.max)}${extra}`;
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

export function printReport({ options, machine, loadBefore, loadAfter, setup, reads, stats }) {
  const o = options;
  console.log(`comparison benchmark: GET /api/v1/rfqs/{id}/comparison (built API, dist/apps/api/main.cjs) and the worker's recomputeResponseStats
machine: ${machine}; load average before ${load(loadBefore)}, after ${load(loadAfter)}
processes: API 1 process (rate limit lifted), worker 1 process (WORKER_CONCURRENCY=${o.workerConcurrency}); both share the cores with PostgreSQL, Redis and this driver

1. comparison
data: ${o.rfqs} closed RFQs, each ${o.lines} lines × ${o.breaks} quantity breaks × ${o.quotes} quotes = ${setup.entries} entries (CSV rows) per comparison;
      ${setup.mxnQuotes} quotes per RFQ in MXN, ${o.quotes - setup.mxnQuotes} in USD; Incoterms ${setup.incoterms}; ${setup.notOriginating} quotes per RFQ not originating (duty + MPF);
      FX rate ${setup.rate} MXN/USD for ${setup.rateDate} entered by an admin through POST /api/v1/fx-rates
      built through the API: POST /rfqs, /publish, one PUT /rfqs/{id}/quote per supplier, /close (${setup.buildSeconds.toFixed(1)} s for ${o.rfqs} RFQs);
      the buyer, an admin and the ${o.quotes} supplier organizations (one verified owner, one published profile and plant each) written in SQL with the
      @puente/testing factories (identityFactory, insertDirectoryListing): sign-ups, profile publication and moderation through the API would take minutes
answer: JSON ${kib(reads.frozen.bytes)}, CSV ${kib(reads.csv.bytes)}; ${reads.shape.frozen ? 'frozen' : 'NOT frozen'}, ${reads.shape.quoteCount} quotes, ${reads.shape.entries} entries: ${reads.shape.landed} with a landed cost, ${reads.shape.declined} declined, ${reads.shape.unavailable} unavailable
      landed-cost warnings seen: ${reads.shape.warnings}
latency: request written → last byte read, HTTP keep-alive, signed in as the RFQ's buyer

${'run'.padEnd(62)}${'n'.padStart(5)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}
${row('first read of each RFQ (computes, freezes; no snapshot before)', reads.cold)}
${row(`first read (snapshot deleted before each; warm-up ${o.firstWarmUp})`, reads.first)}
${row(`later reads, frozen (track record live; warm-up ${o.warmUp})`, reads.frozen)}
${row(`later reads, ?format=csv (warm-up ${o.warmUp})`, reads.csv)}
${row(`frozen JSON at concurrency ${o.concurrency}`, reads.frozenConcurrent, `   ${reads.frozenConcurrent.perSecond.toFixed(1)} requests/s`)}
${row(`CSV at concurrency ${o.concurrency}`, reads.csvConcurrent, `   ${reads.csvConcurrent.perSecond.toFixed(1)} requests/s`)}
(samples cycle over the ${o.rfqs} RFQs; "first read" deletes the RFQ's rfq_comparisons row, untimed, so the next read computes and freezes again)

2. response statistics (recomputeResponseStats from @puente/sourcing, bundled with esbuild, called as the worker's consumer calls it:
   in its own transaction on one connection, BEGIN and COMMIT timed)
data: ${stats.suppliers} supplier organizations, each invited to ${stats.rfqs} closed RFQs: ${stats.invitations} invitations, ${stats.quotes} quotes (about half the
      invitations, 5 % withdrawn), a decline on every tenth invitation, ${stats.awards} awards (every fourth RFQ); written in SQL (RFQs and lines cloned
      from one the bench built through the API), ${stats.seconds.toFixed(1)} s; the ${o.quotes} comparison suppliers' own rows are not in these figures
concurrency: 1 (one call at a time)

${'run'.padEnd(62)}${'n'.padStart(5)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}
${row(`1 supplier, row written (deleted before; warm-up ${o.statsWarmUp})`, stats.oneWritten)}
${row(`1 supplier, nothing changed (a replay; warm-up ${o.statsWarmUp})`, stats.oneUnchanged)}
${row(`${stats.suppliers} suppliers in one call, rows written (warm-up 1)`, stats.batchWritten)}
${row(`${stats.suppliers} suppliers in one call, nothing changed (warm-up 1)`, stats.batchUnchanged)}
one supplier's row: ${stats.sample}`);
  if (stats.plan) console.log(`\nthe one-supplier upsert's plan (BENCH_EXPLAIN=1; EXPLAIN (ANALYZE, BUFFERS), rolled back):\n${stats.plan.join('\n')}`);
}
