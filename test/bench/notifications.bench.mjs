// npm run bench -- notifications
// Notices delivered per second by one worker process, in-app and by e-mail (to the built-in local
// folder mailer), and the latency from the committed change to the delivery (p50/p95).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEnvironment, lagFigures, produce, waitUntil } from './bench-kit.mjs';

const NOTICES = Number(process.env.BENCH_NOTICES ?? 1000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 100);
const PRODUCERS = Number(process.env.BENCH_PRODUCERS ?? 4);
const USERS = 200;
const PACED_NOTICES = Number(process.env.BENCH_PACED_NOTICES ?? 300);
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 50);
const mailDir = mkdtempSync(join(tmpdir(), 'puente-bench-mail-'));

const bench = await benchEnvironment('notifications', { MAIL_DIR: mailDir });
const { pool } = bench;

async function createUsers() {
  const { rows } = await pool.query(
    `INSERT INTO organizations (kind, name, country, language, time_zone, created_at) VALUES ('buyer', 'Bench Co', 'US', 'en', 'America/Chicago', now()) RETURNING id`,
  );
  const users = [];
  for (let n = 0; n < USERS; n++) {
    const { rows: user } = await pool.query(
      `INSERT INTO users (email, name, password_hash, language, time_zone, email_verified_at, created_at, updated_at)
       VALUES ($1, $2, 'not-a-real-hash', $3, 'America/Chicago', now(), now(), now()) RETURNING id`,
      [`bench-${n}@bench.example`, `Bench ${n}`, n % 2 ? 'es' : 'en'],
    );
    await pool.query(`INSERT INTO memberships (user_id, organization_id, role, created_at) VALUES ($1, $2, 'member', now())`, [user[0].id, rows[0].id]);
    users.push(user[0].id);
  }
  return users;
}

/** What NotificationService.notify writes: one outbox row in the change's transaction. */
const commitNotice = (users, label) => async (client, n) => {
  await client.query(`INSERT INTO outbox_messages (topic, payload, created_at) VALUES ('notifications.notification.requested', $1, clock_timestamp())`, [
    JSON.stringify({
      type: 'team.role-changed',
      recipients: [{ userId: users[n % users.length] }],
      params: { organizationName: `Bench Co ${label}`, role: n % 2 ? 'owner' : 'member', changedBy: 'Bench' },
    }),
  ]);
};

async function run(channel, users, label, count, perSecond) {
  await pool.query(`DELETE FROM notification_preferences`);
  if (channel === 'email') {
    await pool.query(`INSERT INTO notification_preferences (user_id, type, delivery, updated_at) SELECT id, 'team.role-changed', 'email', now() FROM users`);
  }
  await produce(pool, count, PRODUCERS, perSecond, commitNotice(users, label));
  const deliveredSql =
    channel === 'in_app'
      ? `SELECT extract(epoch FROM n.created_at) * 1000 AS delivered, extract(epoch FROM o.created_at) * 1000 AS committed
         FROM notifications n JOIN outbox_messages o ON o.id = n.event_id WHERE o.payload->'params'->>'organizationName' = $1`
      : `SELECT extract(epoch FROM d.sent_at) * 1000 AS delivered, extract(epoch FROM o.created_at) * 1000 AS committed
         FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.event_id
         WHERE d.status = 'sent' AND o.payload->'params'->>'organizationName' = $1`;
  let rows = [];
  await waitUntil(async () => {
    rows = (await pool.query(deliveredSql, [`Bench Co ${label}`])).rows;
    return rows.length >= count;
  });
  const first = Math.min(...rows.map((row) => Number(row.committed)));
  const last = Math.max(...rows.map((row) => Number(row.delivered)));
  return {
    perSecond: Math.round((rows.length / (last - first)) * 1000),
    latency: lagFigures(rows.map((row) => Number(row.delivered) - Number(row.committed))),
  };
}

try {
  const users = await createUsers();
  const worker = await bench.startWorkers(1);
  const results = {};
  for (const channel of ['in_app', 'email']) {
    await run(channel, users, `${channel}-warm`, WARMUP);
    results[channel] = await run(channel, users, channel, NOTICES);
    results[`${channel}, paced`] = await run(channel, users, `${channel}-paced`, PACED_NOTICES, PACED_RATE);
  }
  await worker.stop();
  console.log(`notifications benchmark: committed notice → outbox → fan-out → in-app row / e-mail (local folder mailer)
machine: ${await bench.machine()}
data: ${USERS} recipients (half en, half es), type team.role-changed, one recipient per notice
concurrency: ${PRODUCERS} producer connections committing at full speed; 1 worker process, concurrency ${bench.env.WORKER_CONCURRENCY ?? 8} per queue
warm-up: ${WARMUP} notices per channel, not measured
samples: ${NOTICES} notices per channel at full speed (throughput; latency there includes the backlog), then
         ${PACED_NOTICES} at ${PACED_RATE}/s (latency of a notice when the worker keeps up)
(throughput = notices / (last delivery − first commit); latency = delivery − commit, same clock; e-mails pass
 through two outbox hops: fan-out, then send)
`);
  console.log('run              delivered/s   latency p50 ms   latency p95 ms   latency max ms');
  for (const [run, r] of Object.entries(results)) {
    const rate = run.endsWith('paced') ? `(${PACED_RATE} offered)` : String(r.perSecond);
    console.log(`${run.padEnd(15)}  ${rate.padStart(11)}  ${r.latency.p50.padStart(15)}  ${r.latency.p95.padStart(15)}  ${r.latency.max.padStart(15)}`);
  }
} finally {
  await bench.cleanUp();
  rmSync(mailDir, { recursive: true, force: true });
}
process.exit();
