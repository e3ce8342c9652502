import { OutboxPruner } from '@puente/platform';
import { FakeClock, suiteDatabase, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';
import { startTestWorker } from './support/test-worker';

const HOUR = 3_600_000;

describe('outbox retention', () => {
  let database: SuiteDatabase;
  let dataSource: DataSource;
  const clock = new FakeClock(new Date('2026-03-01T00:00:00Z'));
  const ago = (hours: number) => new Date(clock.now().getTime() - hours * HOUR);

  beforeAll(async () => {
    database = await suiteDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('deletes sent rows and inbox records older than the retention, and never an unsent row', async () => {
    const insert = (label: string, createdHoursAgo: number, sentHoursAgo: number | null) =>
      dataSource.query(`INSERT INTO outbox_messages (topic, payload, created_at, sent_at) VALUES ('test.pruning.sample', $1, $2, $3)`, [
        JSON.stringify({ label }),
        ago(createdHoursAgo),
        sentHoursAgo === null ? null : ago(sentHoursAgo),
      ]);
    await insert('sent long ago', 200, 199);
    await insert('sent recently', 10, 9);
    await insert('never sent', 500, null);
    await dataSource.query(`INSERT INTO processed_messages (consumer, message_id, outbox_id, processed_at) VALUES ('a', gen_random_uuid(), 1, $1), ('a', gen_random_uuid(), 2, $2)`, [
      ago(199),
      ago(9),
    ]);

    const pruner = new OutboxPruner(dataSource, clock, {
      databaseUrl: database.url,
      batchSize: 100,
      pollIntervalMs: 1000,
      retentionHours: 168,
      pruneIntervalMinutes: 60,
    });
    expect(await pruner.prune()).toEqual({ outbox: 1, inbox: 1 });

    const left: Array<{ label: string }> = await dataSource.query(`SELECT payload->>'label' AS label FROM outbox_messages ORDER BY id`);
    expect(left.map((row) => row.label)).toEqual(['sent recently', 'never sent']);
    const inbox: Array<{ outbox_id: string }> = await dataSource.query('SELECT outbox_id FROM processed_messages');
    expect(inbox).toEqual([{ outbox_id: '2' }]);

    clock.advance(168 * HOUR);
    expect(await pruner.prune()).toEqual({ outbox: 1, inbox: 1 });
  });

  it('is scheduled on the maintenance queue through a BullMQ job scheduler, beside the digest and the RFQ deadline sweep', async () => {
    const worker = await startTestWorker({
      env: { DATABASE_URL: database.url, OUTBOX_PRUNE_INTERVAL_MINUTES: '45', DIGEST_CHECK_INTERVAL_MINUTES: '10', RFQ_DEADLINE_SWEEP_SECONDS: '90' },
    });
    try {
      const schedulers = await worker.queues.queue('maintenance').getJobSchedulers();
      expect(schedulers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: 'prune-outbox', every: 45 * 60_000 }),
          expect.objectContaining({ key: 'send-digests', every: 10 * 60_000 }),
          expect.objectContaining({ key: 'close-overdue-rfqs', every: 90_000 }),
        ]),
      );
      expect(schedulers).toHaveLength(3);
    } finally {
      await worker.close();
    }
  });
});
