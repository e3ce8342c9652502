// The buyer's side of the rfq-fanout bench: RFQs created and published through the API's own routes
// (`POST /api/v1/rfqs`, `POST /api/v1/rfqs/{id}/publish`), and the fan-out's completion observed in the
// database: the worker's consumer commits the invitations together with its inbox row
// (`processed_messages`), so that row appearing for the RFQ's `rfqPublished` message means every
// invitation of that RFQ is committed.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import * as argon2 from 'argon2';
import { request } from '../search-speed/load.mjs';

export const FAN_OUT_CONSUMER = process.env.BENCH_FAN_OUT_CONSUMER ?? 'sourcing.rfq-fan-out';
const PUBLISHED_TOPIC = 'sourcing.rfq.published';
const DAY = 24 * 3600 * 1000;

/** A verified buyer owner in a new US organization; `token()` signs in again (access tokens live 15 minutes). */
export async function benchBuyer(pool, base) {
  const password = `bench ${randomBytes(8).toString('hex')}`;
  const email = `rfq-bench-buyer-${randomBytes(4).toString('hex')}@bench.puente.example`;
  const { rows: organization } = await pool.query(
    `INSERT INTO organizations (kind, name, country, language, time_zone, created_at) VALUES ('buyer', 'RFQ bench buyer', 'US', 'en', 'America/Chicago', now()) RETURNING id`,
  );
  const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const { rows: user } = await pool.query(
    `INSERT INTO users (email, name, password_hash, language, time_zone, email_verified_at, created_at, updated_at)
     VALUES ($1, 'RFQ bench buyer', $2, 'en', 'America/Chicago', now(), now(), now()) RETURNING id`,
    [email, hash],
  );
  await pool.query(`INSERT INTO memberships (user_id, organization_id, role, created_at) VALUES ($1, $2, 'owner', now())`, [user[0].id, organization[0].id]);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let accessToken = null;
  let signedInAt = 0;
  return {
    agent,
    organizationId: organization[0].id,
    async token() {
      if (accessToken && Date.now() - signedInAt < 10 * 60 * 1000) return accessToken;
      const answer = await request(agent, base, { method: 'POST', path: '/api/v1/auth/sign-in', body: { email, password, client: 'api' } });
      if (answer.status !== 200) throw new Error(`sign-in of the bench buyer answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      accessToken = answer.body.accessToken;
      signedInAt = Date.now();
      return accessToken;
    },
  };
}

/**
 * An RFQ a US buyer would post: two lines of the same process family with quantity breaks, a delivery ZIP
 * in Dallas, a deadline two weeks out. `process` and `material` vary between RFQs of the throughput run.
 */
export function rfqBody({ process, material, label, n }) {
  const now = Date.now();
  return {
    title: `${label} parts, bench RFQ ${n}`,
    description: `Production parts for an industrial robot line: ${label}. Quote each quantity break; PPAP level 2 on first articles.`,
    descriptionLanguage: 'en',
    lines: [
      { partName: `${label} housing`, partNumber: `BR-${n}-1`, processes: [process], materials: material ? [material] : [], quantities: [500, 2000, 10000], unit: 'pcs' },
      { partName: `${label} cover`, partNumber: `BR-${n}-2`, processes: [process], materials: material ? [material] : [], quantities: [1000, 5000], unit: 'pcs' },
    ],
    annualVolume: 24000,
    currency: 'USD',
    deliveryZip: '75201',
    incoterm: 'DAP',
    incotermPlace: 'Dallas, TX',
    needBy: new Date(now + 60 * DAY).toISOString().slice(0, 10),
    quoteDeadline: new Date(now + 14 * DAY).toISOString(),
    visibility: 'public',
  };
}

export async function createDraft(buyer, base, body) {
  const answer = await request(buyer.agent, base, { method: 'POST', path: '/api/v1/rfqs', body, token: await buyer.token() });
  if (answer.status !== 201) throw new Error(`POST /api/v1/rfqs answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.id;
}

/** Publishes a draft; resolves with the moment the request was sent (performance.now()) and its latency. */
export async function publish(buyer, base, rfqId) {
  const token = await buyer.token();
  const sentAt = performance.now();
  const answer = await request(buyer.agent, base, { method: 'POST', path: `/api/v1/rfqs/${rfqId}/publish`, token });
  if (answer.status !== 200 && answer.status !== 201) throw new Error(`POST /api/v1/rfqs/${rfqId}/publish answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return { sentAt, ms: answer.ms };
}

/** Whether the fan-out of this RFQ's publication has committed. */
async function fannedOut(pool, rfqId) {
  const { rows } = await pool.query(
    `SELECT 1 FROM outbox_messages o JOIN processed_messages p ON p.message_id = o.message_id AND p.consumer = $2
      WHERE o.topic = $3 AND o.payload->>'rfqId' = $1 LIMIT 1`,
    [rfqId, FAN_OUT_CONSUMER, PUBLISHED_TOPIC],
  );
  return rows.length > 0;
}

/** Polls every `everyMs` until the RFQ's fan-out committed; resolves with performance.now() when seen. */
export async function waitFannedOut(pool, rfqId, { everyMs = 5, timeoutMs = 120_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await fannedOut(pool, rfqId)) return performance.now();
    await sleep(everyMs);
  }
  throw new Error(`the fan-out of RFQ ${rfqId} did not commit within ${timeoutMs / 1000} s (consumer ${FAN_OUT_CONSUMER}); is it in this worker build?`);
}

/**
 * The RFQ's invitations as the database holds them. Their `created_at` is the worker's clock when the
 * fan-out began (one statement inserts them all), so `waitMs` is publish → fan-out started: the outbox
 * relay and the queue; the rest of the observed time is the matching and the inserts.
 */
export async function invitationFigures(pool, rfqId) {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS invitations,
            count(i.supplier_organization_id)::int AS claimed,
            count(i.notified_at)::int AS notified,
            extract(epoch FROM min(i.created_at) - r.published_at) * 1000 AS wait_ms
       FROM rfqs r LEFT JOIN rfq_invitations i ON i.rfq_id = r.id
      WHERE r.id = $1 GROUP BY r.published_at`,
    [rfqId],
  );
  return rows[0];
}

/**
 * Waits until the system is quiet after an RFQ: its `rfq.invited` notices delivered to the claimed suppliers'
 * members and no outbox row left unsent (the e-mails' hop included), so the next latency sample starts on an
 * idle worker rather than behind the previous RFQ's notices.
 */
export async function waitQuiet(pool, rfqId, claimed, { timeoutMs = 120_000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const { rows } = await pool.query(
      `SELECT (SELECT count(*) FROM notifications WHERE type = 'rfq.invited' AND params->>'rfqUrl' LIKE '%' || $1)::int AS notices,
              (SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL)::int AS unsent`,
      [rfqId],
    );
    if (rows[0].notices >= claimed && rows[0].unsent === 0) {
      // The last relayed jobs (an e-mail's send) may still be running once their rows are marked sent.
      await sleep(250);
      return;
    }
    await sleep(50);
  }
  throw new Error(`RFQ ${rfqId}: its notices were not delivered, or the outbox did not drain, within ${timeoutMs / 1000} s`);
}

/** Runs `count` tasks `concurrency` at a time, reporting progress every few seconds. */
export async function inParallel(count, concurrency, task, progress) {
  let next = 0;
  let done = 0;
  const results = new Array(count);
  const timer = setInterval(() => progress?.(done, count), 3000);
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const n = next++;
          results[n] = await task(n);
          done++;
        }
      }),
    );
  } finally {
    clearInterval(timer);
  }
  return results;
}
