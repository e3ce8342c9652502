import { DemoPing, DemoPingService, demoPingCreated, type DemoPingView } from '@puente/demo-ping';
import { OutboxPublisher, OutboxRelay } from '@puente/platform';
import { deleteRedisKeys, suiteDatabase, uniqueRedisPrefix, waitFor, type SuiteDatabase } from '@puente/testing';
import type { DataSource } from 'typeorm';
import { startTestWorker, type TestWorker } from './support/test-worker';

async function pongCounts(dataSource: DataSource): Promise<Map<string, number>> {
  const rows: Array<{ ping_id: string; count: string }> = await dataSource.query(
    'SELECT ping_id, count(*) AS count FROM demo_pongs GROUP BY ping_id',
  );
  return new Map(rows.map((row) => [row.ping_id, Number(row.count)]));
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
          const ping = await manager.save(manager.create(DemoPing, { message: 'never', workMs: 0, failAttempts: 0, createdAt: new Date() }));
          await outbox.publish(manager, demoPingCreated, { pingId: ping.id });
          throw new Error('the use case fails after publishing');
        }),
      ).rejects.toThrow('the use case fails');

      expect(await outboxRowCount(worker.dataSource)).toBe(rowsBefore);
      expect(await worker.dataSource.query(`SELECT 1 FROM demo_pings WHERE message = 'never'`)).toEqual([]);
      expect(await worker.app.get(OutboxRelay).relayBatch()).toBe(0);
      expect(await worker.queues.queue('events').count()).toBe(jobsBefore);
    });

    it('refuses to publish outside a transaction', async () => {
      const outbox = worker.app.get(OutboxPublisher);
      await expect(outbox.publish(worker.dataSource.manager, demoPingCreated, { pingId: 'x' })).rejects.toThrow(
        /inside the transaction/,
      );
    });

    it('(b) turns a committed change into one job with id outbox-<id> and one effect', async () => {
      const ping = await worker.app.get(DemoPingService).createPing({ message: 'hola' });
      const counts = await waitFor(async () => {
        const current = await pongCounts(worker.dataSource);
        return current.get(ping.id) ? current : undefined;
      }, 'the pong');
      expect(counts.get(ping.id)).toBe(1);

      const [{ id }] = await worker.dataSource.query(`SELECT id FROM outbox_messages WHERE payload->>'pingId' = $1`, [ping.id]);
      const job = await worker.queues.queue('events').getJob(`outbox-${id}`);
      expect(job?.data).toEqual({ outboxId: String(id), topic: 'demo.ping.created', payload: { pingId: ping.id }, requestId: null });
      expect(await job?.getState()).toBe('completed');
      expect(await unsentOutboxRows(worker.dataSource)).toBe(0);

      // Delivering the same row again (as after a relay crash) adds no effect.
      await worker.queues.queue('events').add('demo.ping.created', job!.data, { jobId: `outbox-${id}-redelivery` });
      await waitFor(async () => (await worker.queues.queue('events').getJob(`outbox-${id}-redelivery`))?.finishedOn, 'the redelivery');
      expect((await pongCounts(worker.dataSource)).get(ping.id)).toBe(1);
    });

    it('(e) retries a throwing consumer with backoff, then keeps it in the failed set with its error', async () => {
      const ping = await worker.app.get(DemoPingService).createPing({ message: 'always fails', failAttempts: 99 });
      const [{ id }] = await worker.dataSource.query(`SELECT id FROM outbox_messages WHERE payload->>'pingId' = $1`, [ping.id]);
      const queue = worker.queues.queue('events');
      const job = await waitFor(async () => {
        const found = await queue.getJob(`outbox-${id}`);
        return found && (await found.getState()) === 'failed' ? found : undefined;
      }, 'the job to fail for good');

      expect(job.attemptsMade).toBe(3);
      expect(job.failedReason).toBe(`simulated failure on attempt 3 of ping ${ping.id}`);
      // Exponential backoff from 100 ms: at least 100 + 200 ms between the first try and the last.
      expect(job.finishedOn! - job.timestamp).toBeGreaterThanOrEqual(300);
      expect((await queue.getFailed()).map((failed) => failed.id)).toContain(`outbox-${id}`);
      expect((await pongCounts(worker.dataSource)).get(ping.id)).toBeUndefined();
    });

    it('applies a consumer that fails twice on its third attempt, once', async () => {
      const ping = await worker.app.get(DemoPingService).createPing({ message: 'flaky', failAttempts: 2 });
      const view = await waitFor(async () => {
        const current = await worker.app.get(DemoPingService).findPing(ping.id);
        return current.pongs.length ? current : undefined;
      }, 'the pong after retries');
      expect(view.pongs.map((pong) => pong.attempt)).toEqual([3]);
    });
  });

  it('(d) with two relays and two workers at once, applies every change exactly once', async () => {
    const prefix = uniqueRedisPrefix('two-relays');
    const env = { DATABASE_URL: database.url, REDIS_KEY_PREFIX: prefix, OUTBOX_BATCH_SIZE: '10' };
    const [first, second] = await Promise.all([startTestWorker({ env }), startTestWorker({ env })]);
    try {
      const pings = first.app.get(DemoPingService);
      const created: DemoPingView[] = [];
      for (let i = 0; i < 120; i++) created.push(await pings.createPing({ message: `ping ${i}` }));
      // Both relays also race on explicit batches while their loops run.
      await Promise.all([first, second, first, second].map((worker) => worker.app.get(OutboxRelay).relayBatch()));

      const counts = await waitFor(async () => {
        const current = await pongCounts(first.dataSource);
        return created.every((ping) => current.has(ping.id)) ? current : undefined;
      }, 'every pong');
      expect(created.map((ping) => counts.get(ping.id))).toEqual(created.map(() => 1));

      // Each row was claimed by exactly one relay (SKIP LOCKED), never by both.
      const [{ count }] = await first.dataSource.query(`SELECT count(*) AS count FROM outbox_messages WHERE payload->>'pingId' = ANY($1)`, [
        created.map((ping) => ping.id),
      ]);
      expect(first.app.get(OutboxRelay).relayed + second.app.get(OutboxRelay).relayed).toBe(Number(count));
      expect(Number(count)).toBe(120);
    } finally {
      await Promise.all([first.close({ cleanRedis: false }), second.close({ cleanRedis: false })]);
      await deleteRedisKeys(prefix);
    }
  });
});
