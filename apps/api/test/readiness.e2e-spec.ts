import { TcpProxy } from '@puente/testing';
import { startTestApi, type TestApi } from './support/test-api';

describe('readiness', () => {
  let redisProxy: TcpProxy;
  let api: TestApi;

  beforeAll(async () => {
    redisProxy = await TcpProxy.start(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    api = await startTestApi({
      env: { REDIS_URL: redisProxy.urlFor(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'), REDIS_COMMAND_TIMEOUT_MS: '200' },
    });
  });
  afterAll(async () => {
    redisProxy.forward();
    await api.close();
    await redisProxy.stop();
  });

  it('is 200 when PostgreSQL and Redis answer', async () => {
    const response = await fetch(`${api.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up' } });
  });

  it('turns 503 naming redis when Redis stops answering, and recovers', async () => {
    redisProxy.blackhole();
    const down = await fetch(`${api.url}/health/ready`);
    expect(down.status).toBe(503);
    const body = (await down.json()) as { error: { code: string; details: { field: string }[] } };
    expect(body.error.code).toBe('NOT_READY');
    expect(body.error.details.map((detail) => detail.field)).toEqual(['redis']);

    // Liveness does not depend on Redis, and rate-limited routes still answer instead of hanging.
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${api.url}/api/v1/meta/error-codes`)).status).toBe(200);

    redisProxy.forward();
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      await new Promise((done) => setTimeout(done, 100));
      status = (await fetch(`${api.url}/health/ready`)).status;
    }
    expect(status).toBe(200);
  });
});
