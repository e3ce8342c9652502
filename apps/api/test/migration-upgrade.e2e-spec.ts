import { dataSourceOptions } from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { AppProcess, suiteDatabase, testEnvironment, type SuiteDatabase } from '@puente/testing';
import { DataSource } from 'typeorm';

/** The first migration of this change: everything before it is the schema a deployed database has today. */
const FIRST_NEW = 'DropDemoPing1764500000000';

/**
 * A database migrated before the outbox had message ids (and while the demo ping existed), holding
 * outbox and inbox rows, is migrated forward by the real `db:migrate`: every record is kept, and an
 * inbox record still recognises its outbox row, so a redelivery after the upgrade stays a no-op.
 */
describe('upgrading a database that has outbox and inbox rows', () => {
  let database: SuiteDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await suiteDatabase({ empty: true });
    const names = ALL_MIGRATIONS.map((migration) => new migration().name);
    const before = ALL_MIGRATIONS.slice(0, names.indexOf(FIRST_NEW));
    expect(before.length).toBeGreaterThan(0);
    db = new DataSource(dataSourceOptions({ url: database.url, applicationName: 'puente-upgrade-test', poolSize: 2, migrations: before }));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  it('keeps every outbox and inbox record, gives each row a message id and the inbox the same one', async () => {
    await db.query(`
      INSERT INTO outbox_messages (topic, payload, request_id, created_at, sent_at) VALUES
        ('notifications.notification.requested', '{"n": 1}', 'req-1', now() - interval '2 hours', now() - interval '2 hours'),
        ('notifications.email.ready', '{"n": 2}', 'req-1', now() - interval '1 hour', NULL)`);
    const outboxBefore: Array<{ id: string }> = await db.query('SELECT id FROM outbox_messages ORDER BY id');
    // One inbox record of a row still in the outbox, one of a row already pruned (id 999).
    await db.query(`INSERT INTO processed_messages (consumer, outbox_id, processed_at) VALUES ('notifications.fan-out', $1, now()), ('notifications.fan-out', 999, now())`, [
      outboxBefore[0].id,
    ]);
    const [{ id: pingId }] = await db.query(`INSERT INTO demo_pings (message, created_at) VALUES ('left over', now()) RETURNING id`);
    await db.query(`INSERT INTO demo_pongs (ping_id, attempt, worker_pid, recorded_at) VALUES ($1, 1, 1, now())`, [pingId]);

    const migrate = AppProcess.start('dist/apps/api/migrate.cjs', testEnvironment({ DATABASE_URL: database.url, LOG_LEVEL: 'info' }));
    expect((await migrate.exited).code).toBe(0);
    expect(migrate.logs).toContain('OutboxMessageIds1764500000100');

    const outbox: Array<{ id: string; topic: string; request_id: string; sent: boolean; message_id: string }> = await db.query(
      'SELECT id, topic, request_id, sent_at IS NOT NULL AS sent, message_id FROM outbox_messages ORDER BY id',
    );
    expect(outbox.map(({ id, topic, request_id, sent }) => ({ id, topic, request_id, sent }))).toEqual([
      { id: outboxBefore[0].id, topic: 'notifications.notification.requested', request_id: 'req-1', sent: true },
      { id: outboxBefore[1].id, topic: 'notifications.email.ready', request_id: 'req-1', sent: false },
    ]);
    expect(new Set(outbox.map((row) => row.message_id)).size).toBe(2);
    for (const row of outbox) expect(row.message_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const inbox: Array<{ outbox_id: string; message_id: string }> = await db.query('SELECT outbox_id, message_id FROM processed_messages ORDER BY outbox_id');
    expect(inbox.map((record) => record.outbox_id)).toEqual([outboxBefore[0].id, '999']);
    expect(inbox[0].message_id).toBe(outbox[0].message_id);
    expect(inbox[1].message_id).not.toBe(outbox[1].message_id);

    // The worker's claim for a redelivery of the processed row finds it already applied.
    const claimed: unknown[] = await db.query(
      `INSERT INTO processed_messages (consumer, message_id, outbox_id, processed_at) VALUES ('notifications.fan-out', $1, $2, now())
       ON CONFLICT DO NOTHING RETURNING message_id`,
      [outbox[0].message_id, outbox[0].id],
    );
    expect(claimed).toEqual([]);

    // The demo ping's tables are gone; both its migrations stay in the history.
    const [{ pings, pongs }] = await db.query(`SELECT to_regclass('demo_pings') AS pings, to_regclass('demo_pongs') AS pongs`);
    expect({ pings, pongs }).toEqual({ pings: null, pongs: null });
    const history: Array<{ name: string }> = await db.query(`SELECT name FROM schema_migrations WHERE name LIKE '%DemoPing%' ORDER BY id`);
    expect(history.map((row) => row.name)).toEqual(['CreateDemoPing1764100000100', 'DropDemoPing1764500000000']);
  });
});
