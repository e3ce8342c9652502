// One-listing freshness: an admin suspends a fixture listing, then shows it again (unsuspend) through the
// API; the bench polls the search for the listing's unique name word every 25 ms and records when it
// has left the answers and when it is back. "Back" is publish → searchable (outbox → worker → index);
// "gone" is how fast a suspension hides it (read-time visibility plus the same flow).
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { FRESHNESS_REGISTRY, freshnessWord } from './prepare.mjs';
import { request } from './load.mjs';

const POLL_MS = 25;
export const GIVE_UP_MS = 10_000;

export async function freshnessFixtures(pool) {
  const { rows } = await pool.query(
    `SELECT profile_id AS "supplierId", source_id AS "sourceId" FROM directory_sources WHERE registry = $1 ORDER BY source_id`,
    [FRESHNESS_REGISTRY],
  );
  return rows.map((row) => ({ supplierId: row.supplierId, word: freshnessWord(Number(row.sourceId.slice(3))) }));
}

async function found(agent, base, fixture) {
  const answer = await request(agent, base, { path: `/api/v1/suppliers/search?${new URLSearchParams({ q: fixture.word, limit: '50' })}` });
  if (answer.status !== 200) throw new Error(`search for ${fixture.word}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.items.some((item) => item.id === fixture.supplierId);
}

/** Milliseconds from `since` until `found` equals `wanted`; null when it never does within GIVE_UP_MS. */
async function until(agent, base, fixture, wanted, since) {
  for (;;) {
    if ((await found(agent, base, fixture)) === wanted) return performance.now() - since;
    if (performance.now() - since > GIVE_UP_MS) return null;
    await sleep(POLL_MS);
  }
}

export async function measureFreshness({ base, adminToken, fixtures, samples, log }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const searchable = [];
  for (const fixture of fixtures) if (await found(agent, base, fixture)) searchable.push(fixture);
  if (!searchable.length) return { error: `none of the ${fixtures.length} fixture listings is found by its name word after the reindex` };
  const gone = [];
  const back = [];
  let timeouts = 0;
  const admin = (supplierId, action) =>
    request(agent, base, { method: 'POST', path: `/api/v1/admin/suppliers/${supplierId}/${action}`, token: adminToken }).then((answer) => {
      if (answer.status !== 200) throw new Error(`${action} ${supplierId}: ${answer.status} ${JSON.stringify(answer.body)}`);
    });
  for (let sample = 0; sample < samples; sample++) {
    const fixture = searchable[sample % searchable.length];
    await admin(fixture.supplierId, 'suspend');
    const suspendedAt = performance.now();
    const left = await until(agent, base, fixture, false, suspendedAt);
    await admin(fixture.supplierId, 'unsuspend');
    const publishedAt = performance.now();
    const returned = await until(agent, base, fixture, true, publishedAt);
    if (left === null || returned === null) timeouts++;
    if (left !== null) gone.push(left);
    if (returned !== null) back.push(returned);
    if ((sample + 1) % 10 === 0) log(`freshness: ${sample + 1}/${samples} samples`);
  }
  agent.destroy();
  return { samples, searchable: searchable.length, fixtures: fixtures.length, gone: gone.sort((a, b) => a - b), back: back.sort((a, b) => a - b), timeouts };
}
