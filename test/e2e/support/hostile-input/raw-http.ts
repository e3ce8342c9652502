import { Agent, request } from 'node:http';

export interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

/**
 * node:http rather than fetch: the hostile spec must send what fetch refuses to (a body on GET,
 * any content-encoding, bytes that are not UTF-8, a path with raw percent sequences).
 */
export class RawHttp {
  private readonly agent: Agent;

  constructor(
    private readonly base: URL,
    concurrency: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  async send(raw: RawRequest): Promise<RawResponse> {
    try {
      return await this.once(raw);
    } catch (error) {
      // Node's documented keep-alive race: the server closed an idle socket (keepAliveTimeout) just as this
      // request went out on it. Only then is the request sent again, on a new socket; a reset on a fresh
      // connection (the server dropping a hostile request) still fails the spec.
      if (error instanceof ReusedSocketReset) return this.once(raw);
      throw error;
    }
  }

  private once(raw: RawRequest): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const headers = { ...raw.headers, ...(raw.body ? { 'content-length': String(raw.body.length) } : {}) };
      const outgoing = request(
        { host: this.base.hostname, port: this.base.port, method: raw.method, path: raw.path, headers, agent: this.agent, timeout: 60_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              contentType: String(response.headers['content-type'] ?? ''),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 60 s')));
      outgoing.on('error', (error: NodeJS.ErrnoException) =>
        reject(outgoing.reusedSocket && error.code === 'ECONNRESET' ? new ReusedSocketReset(error.message) : error),
      );
      outgoing.end(raw.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

class ReusedSocketReset extends Error {}

/** Runs the tasks with at most `limit` in flight; results keep the tasks' order. */
export async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}
