import { OutboxPublisher, OutboxRelay } from '@puente/platform';
import { deleteRedisKeys, suiteDatabase, uniqueRedisPrefix, waitFor, type SuiteDatabase } from '@puente/testing';
import type { DataSource } from 'typeorm';
import { PROBE_TABLE, probeRequested, publishProbe } from './support/probe-consumer';
import { startTestWorker, type TestWorker } from './support/test-worker';

async function effectCounts(dataSource: DataSource): Promise<Map<string, number>> {
  const rows: Array<{ probe_id: string; count: string }> = await dataSource.query(
    `SELECT probe_id, count(*) AS count FROM ${PROBE_TABLE} GROUP BY probe_id`,
  );
  return new Map(rows.map((row) => [row.probe_id, Number(row.count)]));
}

async function effectsOf(dataSource: DataSource, probeId: string): Promise<Array<{ attempt: number }>> {
  return dataSource.query(`SELECT attempt FROM ${PROBE_TABLE} WHERE probe_id = $1 ORDER BY id`, [probeId]);
}

async function outboxRowCount(dataSource: DataSource): Promise<number> {
  const [{ count }] = await dataSource.query('SELECT count(*) AS count FROM outbox_messages');
  return Number(count);
}

async function unsentOutboxRows(dataSource: DataSource): Promise<number> {
  const [{ count }] = await dataSource.query('SELECT count(*) AS count FROM outbox_messages WHERE sent_at IS NULL');
  return Number(count);
}

describe('transactional outbox', () => {
  let database: SuiteDatabase;

  beforeAll(async () => {
    database = await suiteDatabase();
  });
  afterAll(() => database.drop());

  describe('one worker', () => {
    let worker: TestWorker;

    beforeAll(async () => {
      worker = await startTestWorker({ env: { DATABASE_URL: database.url, QUEUE_ATTEMPTS: '3', QUEUE_BACKOFF_MS: '100' } });
    });
    afterAll(() => worker.close());

    it('(a) leaves no outbox row and no job when the change rolls back', async () => {
      const outbox = worker.app.get(OutboxPublisher);
      const jobsBefore = await worker.queues.queue('events').count();
      const rowsBefore = await outboxRowCount(worker.dataSource);
      await expect(
        worker.dataSource.transaction(async (manager) => {
          await outbox.publish(manager, probeRequested, { probeId: 'never' });
          throw new Error('the use case fails after publishing');
        }),
      ).rejects.toThrow('the use case fails');

      expect(await outboxRowCount(worker.dataSource)).toBe(rowsBefore);
      expect(await worker.app.get(OutboxRelay).relayBatch()).toBe(0);
      expect(await worker.queues.queue('events').count()).toBe(jobsBefore);
      expect(await effectsOf(worker.dataSource, 'never')).toEqual([]);
    });

    it('refuses to publish outside a transaction', async () => {
      const outbox = worker.app.get(OutboxPublisher);
      await expect(outbox.publish(worker.dataSource.manager, probeRequested, { probeId: 'x' })).rejects.toThrow(/inside the transaction/);
    });

    it('(b) turns a committed change into one job with id outbox-<message id> and one effect', async () => {
      const { outboxId, messageId } = await publishProbe(worker.app, { probeId: 'hola' });
      expect(messageId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      await waitFor(async () => (await effectCounts(worker.dataSource)).get('hola'), 'the effect');
      expect((await effectCounts(worker.dataSource)).get('hola')).toBe(1);

      expect(await worker.queues.queue('events').getJob(`outbox-${outboxId}`)).toBeUndefined();
      const job = await worker.queues.queue('events').getJob(`outbox-${messageId}`);
      expect(job?.data).toEqual({ outboxId, messageId, topic: 'test.probe.requested', payload: { probeId: 'hola' }, requestId: null });
      expect(await job?.getState()).toBe('completed');
      expect(await unsentOutboxRows(worker.dataSource)).toBe(0);
      const inbox: Array<{ consumer: string; outbox_id: string }> = await worker.dataSource.query(
        'SELECT consumer, outbox_id FROM processed_messages WHERE message_id = $1',
        [messageId],
      );
      expect(inbox).toEqual([{ consumer: 'test.probe.record-effect', outbox_id: outboxId }]);

      // Delivering the same row again (as after a relay crash) adds no effect.
      await worker.queues.queue('events').add('test.probe.requested', job!.data, { jobId: `outbox-${messageId}-redelivery` });
      await waitFor(async () => (await worker.queues.queue('events').getJob(`outbox-${messageId}-redelivery`))?.finishedOn, 'the redelivery');
      expect((await effectCounts(worker.dataSource)).get('hola')).toBe(1);

      // A job a relay added before message ids existed carries only the row's number: the inbox
      // still recognises it through the row.
      const { messageId: _dropped, ...legacy } = job!.data;
      void _dropped;
      await worker.queues.queue('events').add('test.probe.requested', legacy, { jobId: `outbox-${outboxId}-legacy` });
      await waitFor(async () => (await worker.queues.queue('events').getJob(`outbox-${outboxId}-legacy`))?.finishedOn, 'the legacy redelivery');
      expect((await effectCounts(worker.dataSource)).get('hola')).toBe(1);
    });

    it('(e) retries a throwing consumer with backoff, then keeps it in the failed set with its error', async () => {
      const { messageId } = await publishProbe(worker.app, { probeId: 'always fails', failAttempts: 99 });
      const queue = worker.queues.queue('events');
      const job = await waitFor(async () => {
        const found = await queue.getJob(`outbox-${messageId}`);
        return found && (await found.getState()) === 'failed' ? found : undefined;
      }, 'the job to fail for good');

      expect(job.attemptsMade).toBe(3);
      expect(job.failedReason).toBe('simulated failure on attempt 3 of probe always fails');
      // Exponential backoff from 100 ms: at least 100 + 200 ms between the first try and the last.
      expect(job.finishedOn! - job.timestamp).toBeGreaterThanOrEqual(300);
      expect((await queue.getFailed()).map((failed) => failed.id)).toContain(`outbox-${messageId}`);
      expect(await effectsOf(worker.dataSource, 'always fails')).toEqual([]);
    });

    it('applies a consumer that fails twice on its third attempt, once', async () => {
      await publishProbe(worker.app, { probeId: 'flaky', failAttempts: 2 });
      const effects = await waitFor(async () => {
        const found = await effectsOf(worker.dataSource, 'flaky');
        return found.length ? found : undefined;
      }, 'the effect after retries');
      expect(effects).toEqual([{ attempt: 3 }]);
    });
  });

  it('(d) with two relays and two workers at once, applies every change exactly once', async () => {
    const prefix = uniqueRedisPrefix('two-relays');
    const env = { DATABASE_URL: database.url, REDIS_KEY_PREFIX: prefix, OUTBOX_BATCH_SIZE: '10' };
    const [first, second] = await Promise.all([startTestWorker({ env }), startTestWorker({ env })]);
    try {
      const probeIds = Array.from({ length: 120 }, (_, i) => `race ${i}`);
      for (const probeId of probeIds) await publishProbe(first.app, { probeId });
      // Both relays also race on explicit batches while their loops run.
      await Promise.all([first, second, first, second].map((worker) => worker.app.get(OutboxRelay).relayBatch()));

      const counts = await waitFor(async () => {
        const current = await effectCounts(first.dataSource);
        return probeIds.every((probeId) => current.has(probeId)) ? current : undefined;
      }, 'every effect');
      expect(probeIds.map((probeId) => counts.get(probeId))).toEqual(probeIds.map(() => 1));

      // Each row was claimed by exactly one relay (SKIP LOCKED), never by both.
      const [{ count }] = await first.dataSource.query(`SELECT count(*) AS count FROM outbox_messages WHERE payload->>'probeId' = ANY($1)`, [probeIds]);
      expect(first.app.get(OutboxRelay).relayed + second.app.get(OutboxRelay).relayed).toBe(Number(count));
      expect(Number(count)).toBe(120);
    } finally {
      await Promise.all([first.close({ cleanRedis: false }), second.close({ cleanRedis: false })]);
      await deleteRedisKeys(prefix);
    }
  });
});
