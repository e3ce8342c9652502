import { Client } from 'pg';
import { AppProcess, deleteRedisKeys, freePort, suiteDatabase, testEnvironment, waitFor, type SuiteDatabase } from '@puente/testing';

interface PingView {
  id: string;
  pongs: Array<{ attempt: number; workerPid: number }>;
}

/** The product as users run it: the built API and worker processes, over HTTP. */
describe('a committed change flows from the API through the outbox to the worker', () => {
  let database: SuiteDatabase;
  let env: Record<string, string>;
  let api: AppProcess;
  let worker: AppProcess;
  let base: string;

  beforeAll(async () => {
    database = await suiteDatabase();
    env = testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info' });
    const [apiPort, healthPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${apiPort}`;
    api = AppProcess.start('dist/apps/api/main.cjs', { ...env, PORT: String(apiPort) });
    worker = AppProcess.start('dist/apps/worker/main.cjs', { ...env, WORKER_HEALTH_PORT: String(healthPort) });
    await api.waitForHttp(`${base}/health/ready`);
    await worker.waitForHttp(`http://127.0.0.1:${healthPort}/health/ready`);
  });
  afterAll(async () => {
    await Promise.all([api.stop(), worker.stop()]);
    await deleteRedisKeys(env.REDIS_KEY_PREFIX);
    await database.drop();
  });

  it('records one pong for a ping, and the outbox row keeps the request id', async () => {
    const created = await fetch(`${base}/api/v1/demo/pings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-ping-1' },
      body: JSON.stringify({ message: 'hola desde Monterrey' }),
    });
    expect(created.status).toBe(201);
    const ping = (await created.json()) as PingView;
    expect(ping.pongs).toEqual([]);

    const processed = await waitFor(async () => {
      const view = (await (await fetch(`${base}/api/v1/demo/pings/${ping.id}`)).json()) as PingView;
      return view.pongs.length ? view : undefined;
    }, 'the pong');
    expect(processed.pongs).toEqual([{ attempt: 1, workerPid: worker.child.pid, recordedAt: expect.any(String) }]);

    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT request_id, sent_at FROM outbox_messages WHERE payload->>'pingId' = $1`, [ping.id]);
      expect(rows).toEqual([{ request_id: 'e2e-ping-1', sent_at: expect.any(Date) }]);
    } finally {
      await db.end();
    }
  });

  it('rejects a bad ping with the field named, and an unknown one with 404', async () => {
    const bad = await fetch(`${base}/api/v1/demo/pings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: '', workMs: 999999 }),
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { details: Array<{ field: string }> } };
    expect(body.error.details.map((detail) => detail.field).sort()).toEqual(['message', 'workMs']);

    expect((await fetch(`${base}/api/v1/demo/pings/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const malformed = await fetch(`${base}/api/v1/demo/pings/not-a-uuid`);
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string; details: Array<{ field: string }> } }).error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'id' }],
    });
  });
});
