// npm run bench -- outbox
// Throughput of the transactional outbox (committed changes → applied effects per second) with one
// and with two worker processes, and the lag from commit to effect (p50/p95). Real PostgreSQL,
// Redis and built worker processes; a database and Redis prefix of its own, removed afterwards.
import { benchEnvironment, lagFigures, produce, waitUntil } from './bench-kit.mjs';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 3000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const PRODUCERS = Number(process.env.BENCH_PRODUCERS ?? 4);
const PACED_CHANGES = Number(process.env.BENCH_PACED_CHANGES ?? 1000);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 200);

const bench = await benchEnvironment('outbox');
const { pool } = bench;

/** One committed change: a ping and its outbox row in one transaction, as DemoPingService writes them. */
const commitPing = (label) => async (client, n) => {
  const { rows } = await client.query('INSERT INTO demo_pings (message, created_at) VALUES ($1, clock_timestamp()) RETURNING id', [`${label}-${n}`]);
  await client.query(`INSERT INTO outbox_messages (topic, payload, created_at) VALUES ('demo.ping.created', $1, clock_timestamp())`, [
    JSON.stringify({ pingId: rows[0].id }),
  ]);
};

async function effects(label, count) {
  await waitUntil(async () => {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM demo_pongs o JOIN demo_pings p ON p.id = o.ping_id WHERE p.message LIKE $1`, [`${label}-%`]);
    return rows[0].n >= count;
  });
  const { rows } = await pool.query(
    `SELECT extract(epoch FROM (o.recorded_at - p.created_at)) * 1000 AS lag_ms,
            extract(epoch FROM p.created_at) * 1000 AS committed, extract(epoch FROM o.recorded_at) * 1000 AS applied
     FROM demo_pongs o JOIN demo_pings p ON p.id = o.ping_id WHERE p.message LIKE $1`,
    [`${label}-%`],
  );
  return rows;
}

async function measure(workers) {
  const running = await bench.startWorkers(workers);
  await produce(pool, WARMUP, PRODUCERS, undefined, commitPing(`warm${workers}`));
  await effects(`warm${workers}`, WARMUP);

  await produce(pool, CHANGES, PRODUCERS, undefined, commitPing(`saturated${workers}`));
  const rows = await effects(`saturated${workers}`, CHANGES);
  await produce(pool, PACED_CHANGES, PRODUCERS, PACED_RATE, commitPing(`paced${workers}`));
  const paced = await effects(`paced${workers}`, PACED_CHANGES);
  const { rows: duplicates } = await pool.query(`SELECT count(*)::int AS n FROM (SELECT ping_id FROM demo_pongs GROUP BY ping_id HAVING count(*) > 1) d`);
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
  console.log(`outbox benchmark: committed change → relay → BullMQ → consumer effect (demo ping → pong)
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
