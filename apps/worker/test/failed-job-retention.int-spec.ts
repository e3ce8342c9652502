import { QUEUE_NAMES } from '@puente/platform';
import { suiteDatabase, waitFor, type SuiteDatabase } from '@puente/testing';
import { Redis } from 'ioredis';
import { publishProbe } from './support/probe-consumer';
import { startTestWorker, type TestWorker } from './support/test-worker';

const DAY_SECONDS = 24 * 3600;

/** The options BullMQ stored with a job, read back from Redis rather than from our own objects. */
async function storedOptions(redis: Redis, prefix: string, queue: string, jobId: string): Promise<{ removeOnFail?: unknown; removeOnComplete?: unknown }> {
  const raw = await redis.hget(`${prefix}:bull:${queue}:${jobId}`, 'opts');
  if (!raw) throw new Error(`no job ${jobId} in ${queue}`);
  // BullMQ stores some options under short keys (removeOnFail as "rof", removeOnComplete as "roc").
  const opts = JSON.parse(raw) as Record<string, unknown>;
  return { removeOnFail: opts.removeOnFail ?? opts.rof, removeOnComplete: opts.removeOnComplete ?? opts.roc };
}

describe('failed jobs are pruned after QUEUE_FAILED_RETENTION_DAYS', () => {
  let database: SuiteDatabase;
  let redis: Redis;

  beforeAll(async () => {
    database = await suiteDatabase();
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  });
  afterAll(async () => {
    redis.disconnect();
    await database.drop();
  });

  it('gives every job of every queue a failed-job age, 14 days by default', async () => {
    const worker: TestWorker = await startTestWorker({ env: { DATABASE_URL: database.url }, start: false });
    try {
      for (const name of QUEUE_NAMES) {
        const job = await worker.queues.queue(name).add('retention-check', {} as never, { jobId: `retention-${name}` });
        expect(await storedOptions(redis, worker.config.REDIS_KEY_PREFIX, name, job.id!)).toEqual({
          removeOnFail: { age: 14 * DAY_SECONDS },
          removeOnComplete: { age: DAY_SECONDS, count: 10_000 },
        });
      }
    } finally {
      await worker.close();
    }
  });

  it('applies the configured retention to a relayed job that ends in the failed set', async () => {
    const worker: TestWorker = await startTestWorker({
      env: { DATABASE_URL: database.url, QUEUE_FAILED_RETENTION_DAYS: '3', QUEUE_ATTEMPTS: '1' },
    });
    try {
      const { messageId } = await publishProbe(worker.app, { probeId: 'fails for good', failAttempts: 99 });
      const job = await waitFor(async () => {
        const found = await worker.queues.queue('events').getJob(`outbox-${messageId}`);
        return found && (await found.getState()) === 'failed' ? found : undefined;
      }, 'the job to fail');
      expect((await storedOptions(redis, worker.config.REDIS_KEY_PREFIX, 'events', job.id!)).removeOnFail).toEqual({ age: 3 * DAY_SECONDS });

      // The scheduled housekeeping jobs inherit it too.
      const [scheduled] = await worker.queues.queue('maintenance').getJobs(['delayed', 'wait', 'active', 'completed', 'failed']);
      expect(scheduled).toBeDefined();
      expect((await storedOptions(redis, worker.config.REDIS_KEY_PREFIX, 'maintenance', scheduled.id!)).removeOnFail).toEqual({ age: 3 * DAY_SECONDS });
    } finally {
      await worker.close();
    }
  });
});
