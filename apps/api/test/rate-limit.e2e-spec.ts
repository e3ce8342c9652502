import { deleteRedisKeys, uniqueRedisPrefix } from '@puente/testing';
import { startTestApi, type TestApi } from './support/test-api';

describe('rate limiting across instances', () => {
  const prefix = uniqueRedisPrefix('ratelimit');
  let first: TestApi;
  let second: TestApi;

  beforeAll(async () => {
    const env = { REDIS_KEY_PREFIX: prefix, RATE_LIMIT_MAX_REQUESTS: '4', RATE_LIMIT_WINDOW_SECONDS: '60' };
    [first, second] = await Promise.all([startTestApi({ env }), startTestApi({ env })]);
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close()]);
    await deleteRedisKeys(prefix);
  });

  it('counts requests from one client on both instances against one limit', async () => {
    const statuses: number[] = [];
    for (const api of [first, second, first, second]) statuses.push((await fetch(`${api.url}/api/v1/meta/error-codes`)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);

    const limited = await fetch(`${second.url}/api/v1/meta/error-codes`, { headers: { 'accept-language': 'es' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toContain('Demasiadas solicitudes');

    expect((await fetch(`${first.url}/api/v1/meta/error-codes`)).status).toBe(429);
  });

  it('never limits the health probes', async () => {
    for (let i = 0; i < 6; i++) expect((await fetch(`${first.url}/health/live`)).status).toBe(200);
  });
});

describe('rate limiting of paths no route matches', () => {
  const prefix = uniqueRedisPrefix('ratelimit-404');
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ env: { REDIS_KEY_PREFIX: prefix, RATE_LIMIT_MAX_REQUESTS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' } });
  });
  afterAll(async () => {
    await api.close();
    await deleteRedisKeys(prefix);
  });

  it('counts probes of unknown paths like any request, still answering 404 until the limit', async () => {
    const statuses: number[] = [];
    for (const path of ['/api/v1/wp-admin', '/api/v1/.env', '/api/v1/no/such/thing', '/api/v1/admin.php']) {
      statuses.push((await fetch(`${api.url}${path}`, { method: path.endsWith('.php') ? 'POST' : 'GET' })).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
  });
});
