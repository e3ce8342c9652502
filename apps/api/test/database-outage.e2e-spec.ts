import { suiteDatabase, TcpProxy, waitFor, type SuiteDatabase } from '@puente/testing';
import { startTestApi, type TestApi } from './support/test-api';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { error?: { code: string; details: Array<{ field: string; issue: string; message: string }> } };
  text: string;
}

/**
 * PostgreSQL cut in the middle of a burst of sign-ups, through a TCP proxy the test owns (the shared
 * server is never touched): requests in the window answer 503 DEPENDENCY_UNAVAILABLE, not 500, the
 * outage is logged once, and the pool recovers by itself.
 */
describe('a database outage', () => {
  let database: SuiteDatabase;
  let proxy: TcpProxy;
  let api: TestApi;
  let counter = 0;

  beforeAll(async () => {
    database = await suiteDatabase();
    proxy = await TcpProxy.start(database.url);
    // Every sign-up of the burst comes from 127.0.0.1: the per-IP limits would answer 429 before the
    // database is ever reached, so they are lifted here (abuse-limits.e2e-spec.ts tests them).
    api = await startTestApi({
      env: { DATABASE_URL: proxy.urlFor(database.url), RATE_LIMIT_MAX_REQUESTS: '10000', SIGN_UP_MAX_PER_IP: '10000', ACCOUNT_EMAILS_MAX_PER_IP: '10000' },
    });
  });
  afterAll(async () => {
    proxy.forward();
    await api.close();
    await proxy.stop();
    await database.drop();
  });

  async function call(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(`${api.url}${path}`, init);
    const text = await response.text();
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: text ? JSON.parse(text) : {}, text };
  }

  function signUp(): Promise<Answer> {
    counter += 1;
    return call('/api/v1/auth/sign-up', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        organization: { kind: 'buyer', name: `Outage Co ${counter}`, country: 'US' },
        user: { name: 'Olga', email: `outage-${counter}@acme.example`, password: 'sturdy walnut compass' },
      }),
    });
  }

  const burst = (size: number) => Promise.all(Array.from({ length: size }, () => signUp()));
  const is2xx = (answer: Answer) => answer.status >= 200 && answer.status < 300;

  function expectUnavailable(answer: Answer): void {
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toBe('5');
    expect(answer.body.error).toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      details: [{ field: 'database', issue: 'unreachable', message: 'database did not answer' }],
    });
    // Nothing of the driver reaches the client.
    expect(answer.text).not.toMatch(/ECONN|terminated|timeout exceeded|127\.0\.0\.1|postgres/i);
  }

  it('answers 503 with Retry-After while PostgreSQL is cut, 2xx once it is back, and logs the outage once', async () => {
    const before = await burst(4);
    expect(before.map(is2xx)).toEqual([true, true, true, true]);

    // The server refuses: every request in the window fails at once.
    proxy.refuse();
    const refused = await burst(12);
    for (const answer of refused) expectUnavailable(answer);

    // Readiness says which dependency is down, by name and code only.
    const ready = await call('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.error).toEqual(
      expect.objectContaining({ code: 'NOT_READY', details: [{ field: 'database', issue: 'unreachable', message: 'database did not answer' }] }),
    );

    // The host goes silent: requests wait for the pool's connection timeout, then answer the same.
    proxy.blackhole();
    for (const answer of await burst(3)) expectUnavailable(answer);

    proxy.forward();
    const after = await waitFor(async () => {
      const answers = await burst(4);
      return answers.every(is2xx) ? answers : undefined;
    }, 'sign-ups to succeed again');
    expect(after).toHaveLength(4);

    const lines = api.logLines();
    const started = lines.filter((line) => String(line.msg).startsWith('database unreachable'));
    const ended = lines.filter((line) => line.msg === 'database reachable again');
    expect(started).toHaveLength(1);
    expect(started[0]).toMatchObject({ level: 40, dependency: 'database' });
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ level: 30, dependency: 'database', outageMs: expect.any(Number) });
    // No sign-up of the window was logged as a server error (the readiness probe's own 503 is logged as before).
    const failed = lines.filter((line) => line.msg === 'request failed' && (line.req as { url?: string } | undefined)?.url !== '/health/ready');
    expect(failed).toEqual([]);
  });
});
