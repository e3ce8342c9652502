import { AppProcess, deleteRedisKeys, freePort, suiteDatabase, TcpProxy, testEnvironment, waitFor, type SuiteDatabase } from '@puente/testing';

const WORKER = 'dist/apps/worker/main.cjs';

/** The worker's /health/ready names a dependency that is down, by name and code, never with the driver's message. */
describe('the worker’s readiness', () => {
  let database: SuiteDatabase;
  let databaseProxy: TcpProxy;
  let redisProxy: TcpProxy;
  let worker: AppProcess;
  let readyUrl: string;
  let prefix: string;

  beforeAll(async () => {
    database = await suiteDatabase();
    const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
    databaseProxy = await TcpProxy.start(database.url);
    redisProxy = await TcpProxy.start(redisUrl);
    const port = await freePort();
    const env = testEnvironment({ DATABASE_URL: databaseProxy.urlFor(database.url), REDIS_URL: redisProxy.urlFor(redisUrl), WORKER_HEALTH_PORT: String(port) });
    prefix = env.REDIS_KEY_PREFIX;
    worker = AppProcess.start(WORKER, env);
    readyUrl = `http://127.0.0.1:${port}/health/ready`;
    await worker.waitForHttp(readyUrl);
  });
  afterAll(async () => {
    databaseProxy.forward();
    redisProxy.forward();
    await worker.stop();
    await Promise.all([databaseProxy.stop(), redisProxy.stop()]);
    await deleteRedisKeys(prefix);
    await database.drop();
  });

  async function readiness(): Promise<{ status: number; text: string; body: { error?: { code: string; details: unknown[] } } }> {
    const response = await fetch(readyUrl);
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) };
  }

  it('names the database and Redis when they are cut, without their drivers’ messages, and recovers', async () => {
    expect((await readiness()).status).toBe(200);

    databaseProxy.refuse();
    redisProxy.refuse();
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body.error).toMatchObject({
      code: 'NOT_READY',
      details: [
        { field: 'database', issue: 'unreachable', message: 'database did not answer' },
        { field: 'redis', issue: 'unreachable', message: 'redis did not answer' },
      ],
    });
    expect(down.text).not.toMatch(/ECONN|terminated|timeout|did not answer in|127\.0\.0\.1|Connection/);

    databaseProxy.forward();
    redisProxy.forward();
    await waitFor(async () => (await readiness()).status === 200 || undefined, 'the worker to be ready again');
  });
});
