// The load driver: `concurrency` closed loops over HTTP keep-alive connections (like autocannon's
// connections), each taking the next request of the list as soon as its previous answer is read in full.
// Latency is per request, from writing it to the last byte of the answer, measured in this process.
import http from 'node:http';

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** One HTTP request; resolves with status, parsed body and milliseconds. */
export function request(agent, base, { method = 'GET', path, body, token }) {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers = { accept: 'application/json' };
  if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(payload.length) });
  if (token) headers.authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(url, { method, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const ms = performance.now() - started;
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {
          parsed = text;
        }
        resolve({ status: res.statusCode, body: parsed, ms });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/**
 * Runs every request once with `concurrency` loops; returns sorted latencies, wall time, the answers'
 * shape (items returned, totals) and the failures (status and body of the first few).
 */
export async function drive(base, requests, concurrency) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  const failures = [];
  const items = [];
  const totals = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const spec = requests[next++];
        const answer = await request(agent, base, spec);
        if (answer.status !== 200) {
          failures.push({ path: spec.path, body: spec.body, status: answer.status, answer: answer.body });
          continue;
        }
        latencies.push(answer.ms);
        items.push(answer.body?.items?.length ?? 0);
        if (typeof answer.body?.total === 'number') totals.push(answer.body.total);
      }
    }),
  );
  const wallMs = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { latencies, wallMs, failures, items, totals };
}

export function summary({ latencies, wallMs, failures, items, totals }) {
  const median = (values) => {
    if (!values.length) return '-';
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const fixed = (value) => (value === undefined ? '-' : value.toFixed(1));
  return {
    n: latencies.length,
    p50: fixed(percentile(latencies, 50)),
    p95: fixed(percentile(latencies, 95)),
    p99: fixed(percentile(latencies, 99)),
    max: fixed(latencies[latencies.length - 1]),
    rps: latencies.length ? ((latencies.length * 1000) / wallMs).toFixed(0) : '0',
    items: median(items),
    total: median(totals),
    errors: failures.length,
  };
}
