// The rfq-fanout bench's report: machine, data, concurrency, warm-up and samples, then the two runs.

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function figures(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

const row = (label, cells) => `${label.padEnd(58)}${cells.map((cell) => (typeof cell === 'number' ? cell.toFixed(0) : cell).padStart(8)).join(' ')}`;
const load = (values) => values.map((value) => value.toFixed(1)).join(' ');

export function printReport({ options, mainProcess, mainMaterial, mainFamily, prepared, data, latency, throughput, machine, loadBefore, loadAfter }) {
  const imports = prepared.imports.map((run) => `${run.registry} ${run.report.inserted} in ${run.seconds.toFixed(1)} s`).join(', ');
  const observed = figures(latency.map((sample) => sample.observedMs));
  const waiting = figures(latency.map((sample) => sample.waitMs));
  const publishCall = figures(latency.map((sample) => sample.publishMs));
  const invited = figures(latency.map((sample) => sample.invitations));
  const claimed = figures(latency.map((sample) => sample.claimed));
  const met = observed.p95 <= options.goalMs && invited.p50 >= options.topN;
  const t = throughput;
  console.log(`rfq-fanout benchmark: POST /api/v1/rfqs/{id}/publish (built API) → outbox → worker fan-out (matching per line and for the RFQ, invitations, notices) → rows in PostgreSQL
machine: ${machine}; load average before ${load(loadBefore)}, after ${load(loadAfter)}
data: ${data.published} published suppliers (${data.claimed} claimed by an organization with one member), ${data.documents} search documents; ${data.with_process} carry ${mainFamily}
      (real RETC and DENUE through directory-import: ${imports}; ${prepared.claimedCount} of its ${mainFamily} listings claimed in SQL; search:reindex ${prepared.reindexSeconds.toFixed(1)} s)
worker: 1 process, RFQ_INVITE_TOP_N=${options.topN}, WORKER_CONCURRENCY=${options.workerConcurrency}; API: 1 process; both share the machine's cores with PostgreSQL, Redis and this driver
RFQ: 2 lines (${mainProcess}, ${mainMaterial}, 3 and 2 quantity breaks), delivery ZIP 75201, public, no required certifications
completion: the fan-out consumer's inbox row for the RFQ's rfqPublished message, which commits with its invitations; polled every 5 ms (latency) / 100 ms (throughput)

latency run: one RFQ at a time; warm-up ${options.warmUp} RFQs, not measured; samples ${options.samples} RFQs
(each published once the previous one's notices were delivered and the outbox was empty)
${row('', ['p50 ms', 'p95 ms', 'max ms'])}
${row('publish request sent → invitations committed (observed)', [observed.p50, observed.p95, observed.max])}
${row('  of which published_at → fan-out began (relay + queue)', [waiting.p50, waiting.p95, waiting.max])}
${row('POST .../publish answered', [publishCall.p50, publishCall.p95, publishCall.max])}
invitations per RFQ: median ${invited.p50}, max ${invited.max} (claimed, notified: median ${claimed.p50})
goal (${options.topN} invitations, p95 <= ${options.goalMs} ms): ${met ? 'MET' : 'NOT MET'} (p95 ${observed.p95.toFixed(0)} ms, median ${invited.p50} invitations)

throughput run: ${options.rfqs} RFQs published at once by ${options.publishers} concurrent publish requests (drafts created first, not timed), over ${t.processes.length} processes
(${t.processes.join(', ')})
publishing took ${t.publishSeconds.toFixed(1)} s (the worker fans out meanwhile)
time to drain (first publish sent → last fan-out committed): ${t.drainSeconds.toFixed(1)} s
RFQs/s: ${(options.rfqs / t.drainSeconds).toFixed(1)}   invitations/s: ${(t.invitations / t.drainSeconds).toFixed(0)}   invitations: ${t.invitations} (${t.claimed} to claimed suppliers; per RFQ min ${t.min_per_rfq}, max ${t.max_per_rfq})
rfq.invited in-app notices: ${t.notices.seconds === null ? `${t.notices.delivered}/${t.expectedNotices} delivered when the wait gave up` : `${t.notices.delivered} delivered ${t.notices.seconds.toFixed(1)} s after the first publish`}`);
}
