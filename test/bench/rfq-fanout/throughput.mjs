// The throughput run's waiting half: after 1,000 RFQs were published at once, polls the database until the
// worker's fan-out committed for every one of them (their inbox rows), then until the in-app `rfq.invited`
// notices reached every claimed supplier's member (the notification fan-out that follows, through the outbox).
import { setTimeout as sleep } from 'node:timers/promises';

const PUBLISHED_TOPIC = 'sourcing.rfq.published';
const NOTICES_TIMEOUT_MS = Number(process.env.BENCH_NOTICES_TIMEOUT_S ?? 600) * 1000;

async function fannedOutCount(pool, ids, consumer) {
  const { rows } = await pool.query(
    `SELECT count(DISTINCT o.payload->>'rfqId')::int AS n FROM outbox_messages o
       JOIN processed_messages p ON p.message_id = o.message_id AND p.consumer = $2
      WHERE o.topic = $3 AND o.payload->>'rfqId' = ANY($1::text[])`,
    [ids, consumer, PUBLISHED_TOPIC],
  );
  return rows[0].n;
}

async function invitationTotals(pool, ids) {
  const { rows } = await pool.query(
    `SELECT count(*)::int AS invitations, count(supplier_organization_id)::int AS claimed,
            min(per.n)::int AS min_per_rfq, max(per.n)::int AS max_per_rfq
       FROM rfq_invitations i
       JOIN (SELECT rfq_id, count(*) AS n FROM rfq_invitations WHERE rfq_id = ANY($1::uuid[]) GROUP BY rfq_id) per ON per.rfq_id = i.rfq_id`,
    [ids],
  );
  return rows[0];
}

async function invitedNotices(pool, ids) {
  // The notice's url param carries the RFQ's id (…/opportunities/{rfqId}).
  const { rows } = await pool.query(
    `SELECT count(*)::int AS n FROM notifications WHERE type = 'rfq.invited' AND substring(params->>'rfqUrl' from '[0-9a-f-]{36}$') = ANY($1::text[])`,
    [ids],
  );
  return rows[0].n;
}

export async function drain(pool, ids, { consumer, startedAt, log, timeoutMs = 3_600_000 }) {
  let lastLog = performance.now();
  let done = 0;
  while (done < ids.length) {
    if (performance.now() - startedAt > timeoutMs) throw new Error(`only ${done} of ${ids.length} fan-outs committed after ${timeoutMs / 1000} s`);
    done = await fannedOutCount(pool, ids, consumer);
    if (performance.now() - lastLog > 3000) {
      log(`  fanned out ${done}/${ids.length} after ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
      lastLog = performance.now();
    }
    if (done < ids.length) await sleep(100);
  }
  const drainedAt = performance.now();
  const totals = await invitationTotals(pool, ids);
  const { rows } = await pool.query(
    `SELECT extract(epoch FROM max(created_at) - min(created_at)) AS spread FROM rfq_invitations WHERE rfq_id = ANY($1::uuid[])`,
    [ids],
  );
  // Notices: one in-app row per member of each notified organization (the bench's suppliers have one each).
  let notices = null;
  const expected = totals.claimed;
  while (performance.now() - drainedAt < NOTICES_TIMEOUT_MS) {
    const delivered = await invitedNotices(pool, ids);
    if (delivered >= expected) {
      notices = { delivered, seconds: (performance.now() - startedAt) / 1000 };
      break;
    }
    if (performance.now() - lastLog > 3000) {
      log(`  rfq.invited notices ${delivered}/${expected}`);
      lastLog = performance.now();
    }
    await sleep(250);
  }
  if (!notices) notices = { delivered: await invitedNotices(pool, ids), seconds: null, expected };
  return { drainSeconds: (drainedAt - startedAt) / 1000, invitationSpreadSeconds: Number(rows[0].spread), ...totals, notices, expectedNotices: expected };
}
