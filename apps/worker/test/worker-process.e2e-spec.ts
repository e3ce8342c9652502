import {
  AppProcess,
  builtTestEntry,
  deleteRedisKeys,
  freePort,
  suiteDatabase,
  testEnvironment,
  waitFor,
  type SuiteDatabase,
} from '@puente/testing';
import { Client } from 'pg';
import { WorkerProbe } from './support/worker-probe';

// The production worker plus the test-only probe consumer (a job that can be made slow).
const WORKER = builtTestEntry('workerWithProbe');

describe('the worker as a process', () => {
  let database: SuiteDatabase;
  let env: Record<string, string>;
  let probe: WorkerProbe;
  const running: AppProcess[] = [];

  async function startWorker(overrides: Record<string, string> = {}): Promise<AppProcess> {
    const port = await freePort();
    const worker = AppProcess.start(WORKER, { ...env, WORKER_HEALTH_PORT: String(port), ...overrides });
    running.push(worker);
    await worker.waitForLog('puente-worker running');
    return worker;
  }

  beforeAll(async () => {
    database = await suiteDatabase();
    env = testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info', QUEUE_STALLED_INTERVAL_MS: '1000' });
    probe = await WorkerProbe.open(database.url, env.REDIS_URL, env.REDIS_KEY_PREFIX);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((worker) => worker.stop()));
  });
  afterAll(async () => {
    await probe.close();
    await deleteRedisKeys(env.REDIS_KEY_PREFIX);
    await database.drop();
  });

  it('refuses to start when a declared topic has no handler', async () => {
    const worker = AppProcess.start(builtTestEntry('workerWithoutConsumers'), { ...env, WORKER_HEALTH_PORT: String(await freePort()) });
    running.push(worker);
    expect((await worker.exited).code).toBe(70);
    expect(worker.logs).toContain('topic "test.probe.requested" is declared but no @OnCommitted handler consumes it');
  });

  it('finishes the job in flight on SIGTERM, then exits 0', async () => {
    const worker = await startWorker();
    const { messageId } = await probe.requestProbe({ probeId: 'slow', workMs: 1500 });
    await waitFor(() => probe.isActive(`outbox-${messageId}`), 'the job to start');

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    expect(await probe.effects('slow')).toEqual([{ worker_pid: worker.child.pid, attempt: 1 }]);
    expect(worker.logs).toContain('shutdown complete');
  });

  it('retries a job whose worker was SIGKILLed mid-job, after the stalled interval, once', async () => {
    const doomed = await startWorker();
    const { messageId } = await probe.requestProbe({ probeId: 'killed mid-job', workMs: 1500 });
    await waitFor(() => probe.isActive(`outbox-${messageId}`), 'the job to start');
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    expect(await probe.effects('killed mid-job')).toEqual([]);

    const survivor = await startWorker();
    const effects = await waitFor(async () => {
      const found = await probe.effects('killed mid-job');
      return found.length ? found : undefined;
    }, 'the retried job');
    expect(effects.map((effect) => effect.worker_pid)).toEqual([survivor.child.pid]);
    // Nothing runs it a third time.
    survivor.child.kill('SIGTERM');
    await survivor.exited;
    expect(await probe.effects('killed mid-job')).toHaveLength(1);
  });

  it('(c) applies a change once when the relay is SIGKILLed between adding the job and marking the row sent', async () => {
    // Hold a SHARE lock on the outbox: the relay can still claim rows (FOR UPDATE) and add their
    // jobs, but its UPDATE ... SET sent_at waits, so the process dies in exactly that gap.
    const blocker = new Client({ connectionString: database.url });
    await blocker.connect();
    try {
      const { outboxId, messageId } = await probe.requestProbe({ probeId: 'relay crash' });
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE outbox_messages IN SHARE MODE');

      const doomed = await startWorker();
      await waitFor(() => probe.jobExists(`outbox-${messageId}`), 'the relay to add the job');
      const [row] = await probe.query<{ sent_at: Date | null }>('SELECT sent_at FROM outbox_messages WHERE id = $1', [outboxId]);
      expect(row.sent_at).toBeNull();
      doomed.child.kill('SIGKILL');
      await doomed.exited;
      await blocker.query('COMMIT');

      await startWorker();
      await waitFor(async () => {
        const [current] = await probe.query<{ sent_at: Date | null }>('SELECT sent_at FROM outbox_messages WHERE id = $1', [outboxId]);
        return current.sent_at !== null;
      }, 'the restarted relay to mark the row sent');
      await waitFor(async () => (await probe.effects('relay crash')).length > 0, 'the effect');
      expect(await probe.effects('relay crash')).toHaveLength(1);
    } finally {
      await blocker.end();
    }
  });
});
