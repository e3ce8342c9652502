// The comparison bench's timing: requests one at a time or as `concurrency` closed loops over HTTP
// keep-alive, latency from writing the request to the last byte of the answer (search-speed's driver).
import http from 'node:http';
import { percentile, request } from '../search-speed/load.mjs';

export function figures(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

const bytesOf = (body) => Buffer.byteLength(typeof body === 'string' ? body : JSON.stringify(body ?? ''));

/**
 * `warmUp` untimed then `samples` timed requests, `concurrency` at a time; `before(n)` runs untimed ahead
 * of request n (one at a time only). Any answer but 200 stops the bench: a figure of failures is no figure.
 */
export async function timeRequests(base, token, { path, warmUp, samples, concurrency = 1, before }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let bytes = 0;
  const one = async (n) => {
    if (before) await before(n);
    const answer = await request(agent, base, { method: 'GET', path: typeof path === 'function' ? path(n) : path, token });
    if (answer.status !== 200) throw new Error(`GET ${typeof path === 'function' ? path(n) : path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 1000)}`);
    return answer;
  };
  for (let n = 0; n < warmUp; n++) await one(n);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < samples) {
        const answer = await one(warmUp + next++);
        latencies.push(answer.ms);
        bytes = bytesOf(answer.body);
      }
    }),
  );
  const wallMs = performance.now() - started;
  agent.destroy();
  return { ...figures(latencies), perSecond: samples / (wallMs / 1000), bytes };
}
