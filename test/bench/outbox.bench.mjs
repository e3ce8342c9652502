// npm run bench -- outbox
// Throughput of the transactional outbox (committed changes → applied effects per second) with one
// and with two worker processes, and the lag from commit to effect (p50/p95). Real PostgreSQL,
// Redis and built worker processes; a database and Redis prefix of its own, removed afterwards.
// The workers are the test build with the probe consumer (test.probe.requested): the production
// worker has no consumer whose only effect is a row to count.
import { benchEnvironment, lagFigures, produce, waitUntil } from './bench-kit.mjs';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 3000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const PRODUCERS = Number(process.env.BENCH_PRODUCERS ?? 4);
const PACED_CHANGES = Number(process.env.BENCH_PACED_CHANGES ?? 1000);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 200);

const bench = await benchEnvironment('outbox', {}, { testProgram: 'workerWithProbe' });
const { pool } = bench;

/** One committed change: an outbox row for the probe consumer, as a context's transaction writes it. */
const commitProbe = (label) => async (client, n) => {
  await client.query(`INSERT INTO outbox_messages (topic, payload, created_at) VALUES ('test.probe.requested', $1, clock_timestamp())`, [
    JSON.stringify({ probeId: `${label}-${n}` }),
  ]);
};

async function effects(label, count) {
  await waitUntil(async () => {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM test_probe_effects WHERE probe_id LIKE $1`, [`${label}-%`]);
    return rows[0].n >= count;
  });
  const { rows } = await pool.query(
    `SELECT extract(epoch FROM (e.recorded_at - o.created_at)) * 1000 AS lag_ms,
            extract(epoch FROM o.created_at) * 1000 AS committed, extract(epoch FROM e.recorded_at) * 1000 AS applied
     FROM test_probe_effects e JOIN outbox_messages o ON o.message_id = e.message_id WHERE e.probe_id LIKE $1`,
    [`${label}-%`],
  );
  return rows;
}

async function measure(workers) {
  const running = await bench.startWorkers(workers);
  await produce(pool, WARMUP, PRODUCERS, undefined, commitProbe(`warm${workers}`));
  await effects(`warm${workers}`, WARMUP);

  await produce(pool, CHANGES, PRODUCERS, undefined, commitProbe(`saturated${workers}`));
  const rows = await effects(`saturated${workers}`, CHANGES);
  await produce(pool, PACED_CHANGES, PRODUCERS, PACED_RATE, commitProbe(`paced${workers}`));
  const paced = await effects(`paced${workers}`, PACED_CHANGES);
  const { rows: duplicates } = await pool.query(`SELECT count(*)::int AS n FROM (SELECT probe_id FROM test_probe_effects GROUP BY probe_id HAVING count(*) > 1) d`);
  await running.stop();

  const first = Math.min(...rows.map((row) => Number(row.committed)));
  const last = Math.max(...rows.map((row) => Number(row.applied)));
  return {
    workers,
    effectsPerSecond: Math.round((rows.length / (last - first)) * 1000),
    saturatedLag: lagFigures(rows.map((row) => Number(row.lag_ms))),
    pacedLag: lagFigures(paced.map((row) => Number(row.lag_ms))),
    duplicates: duplicates[0].n,
  };
}

try {
  const results = [];
  for (const workers of [1, 2]) results.push(await measure(workers));
  console.log(`outbox benchmark: committed change → relay → BullMQ → consumer effect (test probe → effect row)
machine: ${await bench.machine()}
concurrency: ${PRODUCERS} producer connections; worker concurrency ${bench.env.WORKER_CONCURRENCY ?? 8} per queue, outbox batch ${bench.env.OUTBOX_BATCH_SIZE ?? 100}, NOTIFY wake-up
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
} finally {
  await bench.cleanUp();
}
process.exit();
