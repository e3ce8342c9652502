import { deleteRedisKeys, suiteDatabase, uniqueRedisPrefix, waitFor, type SuiteDatabase } from '@puente/testing';
import type { DataSource } from 'typeorm';
import { PROBE_TABLE, publishProbe } from './support/probe-consumer';
import { startTestWorker, type TestWorker } from './support/test-worker';

async function effectsOf(dataSource: DataSource, probeId: string): Promise<Array<{ message_id: string }>> {
  return dataSource.query(`SELECT message_id FROM ${PROBE_TABLE} WHERE probe_id = $1`, [probeId]);
}

/**
 * A reset demo, a restore to an earlier point or a staging copy is a second database whose outbox
 * sequence starts again at 1, pointed at the same Redis. Its row 1 must not meet the job of the
 * first database's row 1 (BullMQ keeps completed jobs for a day and takes a known id for a duplicate).
 */
describe('outbox job ids across databases sharing one Redis and one key prefix', () => {
  const prefix = uniqueRedisPrefix('job-ids');
  const databases: SuiteDatabase[] = [];

  afterAll(async () => {
    await deleteRedisKeys(prefix);
    await Promise.all(databases.map((database) => database.drop()));
  });

  async function runOnFreshDatabase(probeId: string) {
    const database = await suiteDatabase();
    databases.push(database);
    const worker: TestWorker = await startTestWorker({ env: { DATABASE_URL: database.url, REDIS_KEY_PREFIX: prefix } });
    try {
      const published = await publishProbe(worker.app, { probeId });
      const effects = await waitFor(async () => {
        const found = await effectsOf(worker.dataSource, probeId);
        return found.length ? found : undefined;
      }, `the effect of ${probeId}`);
      const job = await worker.queues.queue('events').getJob(`outbox-${published.messageId}`);
      return { ...published, effects, state: await job?.getState() };
    } finally {
      // Keep the keys: the second database must meet the first one's completed job.
      await worker.close({ cleanRedis: false });
    }
  }

  it('gives row 1 of each database its effect', async () => {
    const first = await runOnFreshDatabase('first database');
    const second = await runOnFreshDatabase('second database');

    // Both rows are number 1 of their own sequence: the old job id `outbox-1` would have collided.
    expect([first.outboxId, second.outboxId]).toEqual(['1', '1']);
    expect(second.messageId).not.toBe(first.messageId);
    expect(first.effects).toEqual([{ message_id: first.messageId }]);
    expect(second.effects).toEqual([{ message_id: second.messageId }]);
    expect([first.state, second.state]).toEqual(['completed', 'completed']);
  });
});
