import {
  DigestService,
  FailedDeliveriesService,
  NOTIFICATIONS_SETTINGS,
  NotificationService,
  RecipientDirectory,
  supplierProfileApproved,
  teamMemberJoined,
  teamRoleChanged,
} from '@puente/notifications';
import { OutboxPublisher } from '@puente/platform';
import { FakeClock, identityFactory, suiteDatabase, temporaryDirectory, waitFor, type SuiteDatabase, type UserFixture } from '@puente/testing';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { startTestWorker, type TestWorker } from './support/test-worker';

async function mailsTo(directory: string, address: string): Promise<Array<{ subject: string; template: string; text: string }>> {
  const files = (await readdir(directory).catch(() => [] as string[])).filter((file) => file.endsWith('.json')).sort();
  const all = await Promise.all(files.map(async (file) => JSON.parse(await readFile(join(directory, file), 'utf8'))));
  return all.filter((mail) => mail.to === address);
}

async function noticesOf(dataSource: DataSource, userId: string): Promise<Array<{ type: string; digest: boolean }>> {
  return dataSource.query('SELECT type, digest FROM notifications WHERE user_id = $1 ORDER BY created_at', [userId]);
}

describe('notifications through the worker', () => {
  let database: SuiteDatabase;
  let worker: TestWorker;
  let mailDir: string;
  let factory: ReturnType<typeof identityFactory>;
  let owner: UserFixture;
  let member: UserFixture;

  beforeAll(async () => {
    database = await suiteDatabase();
    mailDir = temporaryDirectory('puente-mail');
    worker = await startTestWorker({ env: { DATABASE_URL: database.url, MAIL_DIR: mailDir, QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '50' } });
    factory = identityFactory(worker.dataSource);
    const organization = await factory.organization({ name: 'Acme Robotics' });
    owner = await factory.user(organization.id, { role: 'owner' });
    member = await factory.user(organization.id, { role: 'member' });
  });
  afterAll(async () => {
    await worker.close();
    await database.drop();
  });

  const notify = (recipients: UserFixture[], params = { organizationName: 'Acme Robotics', role: 'owner', changedBy: 'Olivia' }) =>
    worker.dataSource.transaction((manager) =>
      worker.app.get(NotificationService).notify(manager, teamRoleChanged, recipients.map((user) => ({ userId: user.userId })), params),
    );

  it('sends nothing for a change that rolls back', async () => {
    const before = await worker.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE topic LIKE 'notifications.%'`);
    await expect(
      worker.dataSource.transaction(async (manager) => {
        await worker.app.get(NotificationService).notify(manager, teamRoleChanged, [{ userId: member.userId }], {
          organizationName: 'Acme Robotics',
          role: 'owner',
          changedBy: 'Olivia',
        });
        throw new Error('the role change failed after notifying');
      }),
    ).rejects.toThrow('failed after notifying');
    expect(await worker.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE topic LIKE 'notifications.%'`)).toEqual(before);
    expect(await noticesOf(worker.dataSource, member.userId)).toEqual([]);
  });

  it('delivers one in-app notice and one e-mail per recipient and channel, also when jobs are replayed', async () => {
    await worker.dataSource.query(`INSERT INTO notification_preferences (user_id, type, delivery, updated_at) VALUES ($1, 'team.member-joined', 'email', now())`, [
      owner.userId,
    ]);
    const eventId = await worker.dataSource.transaction((manager) =>
      worker.app.get(NotificationService).notify(manager, teamMemberJoined, [{ userId: owner.userId }], {
        memberName: 'Mia',
        organizationName: 'Acme Robotics',
        role: 'member',
      }),
    );
    const mail = await waitFor(async () => (await mailsTo(mailDir, owner.email)).find((message) => message.template === 'team.member-joined'), 'the e-mail');
    expect(mail.subject).toContain('Mia');
    expect(await noticesOf(worker.dataSource, owner.userId)).toEqual([{ type: 'team.member-joined', digest: false }]);

    // Replay both jobs, as a relay crash or an operator would: nothing new.
    const events = worker.queues.queue('events');
    const [{ message_id: fanOutMessageId }] = await worker.dataSource.query('SELECT message_id FROM outbox_messages WHERE id = $1', [eventId]);
    const fanOut = await events.getJob(`outbox-${fanOutMessageId}`);
    await events.add(fanOut!.name, fanOut!.data, { jobId: `outbox-${eventId}-replayed` });
    const [{ id: emailEventId, message_id: emailMessageId }] = await worker.dataSource.query(
      `SELECT id, message_id FROM outbox_messages WHERE topic = 'notifications.email.ready' AND payload->>'deliveryId' = (SELECT id::text FROM notification_deliveries WHERE event_id = $1)`,
      [eventId],
    );
    const send = await events.getJob(`outbox-${emailMessageId}`);
    await events.add(send!.name, send!.data, { jobId: `outbox-${emailEventId}-replayed` });
    await waitFor(async () => (await events.getJob(`outbox-${eventId}-replayed`))?.finishedOn, 'the replayed fan-out');
    await waitFor(async () => (await events.getJob(`outbox-${emailEventId}-replayed`))?.finishedOn, 'the replayed send');

    expect((await mailsTo(mailDir, owner.email)).filter((message) => message.template === 'team.member-joined')).toHaveLength(1);
    expect(await noticesOf(worker.dataSource, owner.userId)).toHaveLength(1);
  });

  it('honours preferences: in-app only sends no e-mail; digest holds the notice for the daily e-mail', async () => {
    const organization = await factory.organization();
    const inAppOnly = await factory.user(organization.id);
    const digestReader = await factory.user(organization.id);
    await worker.dataSource.query(`INSERT INTO notification_preferences (user_id, type, delivery, updated_at) VALUES ($1, 'team.role-changed', 'digest', now())`, [
      digestReader.userId,
    ]);
    await notify([inAppOnly, digestReader]);
    await waitFor(async () => (await noticesOf(worker.dataSource, digestReader.userId)).length === 1 || undefined, 'the notices');
    expect(await noticesOf(worker.dataSource, inAppOnly.userId)).toEqual([{ type: 'team.role-changed', digest: false }]);
    expect(await noticesOf(worker.dataSource, digestReader.userId)).toEqual([{ type: 'team.role-changed', digest: true }]);
    expect(await mailsTo(mailDir, inAppOnly.email)).toEqual([]);
    expect(await mailsTo(mailDir, digestReader.email)).toEqual([]);
  });

  it('sends each digest once a day at the local hour, with several workers at once and a fake clock', async () => {
    const organization = await factory.organization({ country: 'MX', language: 'es', timeZone: 'America/Mexico_City' });
    const reader = await factory.user(organization.id, { language: 'es' });
    await worker.dataSource.query(`UPDATE users SET time_zone = 'America/Mexico_City' WHERE id = $1`, [reader.userId]);
    await worker.dataSource.query(`INSERT INTO notification_preferences (user_id, type, delivery, updated_at) VALUES ($1, 'team.role-changed', 'digest', now())`, [
      reader.userId,
    ]);
    await notify([reader], { organizationName: 'Maquinados', role: 'owner', changedBy: 'Olivia' });
    await notify([reader], { organizationName: 'Maquinados', role: 'member', changedBy: 'Olivia' });
    await waitFor(async () => (await noticesOf(worker.dataSource, reader.userId)).length === 2 || undefined, 'both notices');

    const second = await startTestWorker({ env: { DATABASE_URL: database.url, MAIL_DIR: mailDir, REDIS_KEY_PREFIX: worker.config.REDIS_KEY_PREFIX } });
    try {
      // 07:30 in Mexico City: not yet. 08:10: due. Each worker's digest job runs at once.
      const clock = new FakeClock(new Date('2030-04-02T13:30:00Z'));
      // Each worker's own DigestService, built on the fake clock.
      const digesters = [worker, second].map(
        ({ app, dataSource }) =>
          new DigestService(dataSource, new OutboxPublisher(clock), clock, app.get(RecipientDirectory), app.get(NOTIFICATIONS_SETTINGS)),
      );
      const digestsOfReader = async () =>
        (await worker.dataSource.query('SELECT local_date::text AS day, item_count FROM notification_digests WHERE user_id = $1', [reader.userId])) as Array<{
          day: string;
          item_count: number;
        }>;
      await Promise.all(digesters.map((digester) => digester.sendDue()));
      expect(await digestsOfReader()).toEqual([]);
      clock.set(new Date('2030-04-02T14:10:00Z'));
      await Promise.all(digesters.map((digester) => digester.sendDue()));
      expect(await digestsOfReader()).toEqual([{ day: '2030-04-02', item_count: 2 }]);
      // Later the same local day, and again from both workers: nothing more.
      clock.set(new Date('2030-04-02T14:40:00Z'));
      await Promise.all(digesters.map((digester) => digester.sendDue()));
      expect(await digestsOfReader()).toHaveLength(1);
    } finally {
      await second.close({ cleanRedis: false });
    }

    const digest = await waitFor(async () => (await mailsTo(mailDir, reader.email)).find((mail) => mail.template === 'notifications.digest'), 'the digest');
    expect(digest.subject).toBe('Tu resumen de Puente: 2 novedades');
    expect((await mailsTo(mailDir, reader.email)).filter((mail) => mail.template === 'notifications.digest')).toHaveLength(1);
  });

  it('reaches each active member of an organization once, in their own language, and skips a suspended one', async () => {
    const organization = await factory.organization({ name: 'Maquinados del Norte', country: 'MX', language: 'es', timeZone: 'America/Mexico_City' });
    const english = await factory.user(organization.id, { role: 'owner', language: 'en' });
    const spanish = await factory.user(organization.id, { role: 'member', language: 'es' });
    const suspended = await factory.user(organization.id, { role: 'member', language: 'es' });
    await worker.dataSource.query('UPDATE users SET suspended_at = now() WHERE id = $1', [suspended.userId]);
    // The owner is named twice, directly and through the organization: still one notice and one e-mail.
    await worker.dataSource.transaction((manager) =>
      worker.app.get(NotificationService).notify(manager, supplierProfileApproved, [{ organizationId: organization.id }, { userId: english.userId }], {
        organizationName: 'Maquinados del Norte',
      }),
    );
    const mailsOf = async (user: UserFixture) => (await mailsTo(mailDir, user.email)).filter((mail) => mail.template === 'supplier.profile-approved');
    await waitFor(async () => ((await mailsOf(english)).length > 0 && (await mailsOf(spanish)).length > 0) || undefined, 'both e-mails');

    expect((await mailsOf(english)).map((mail) => mail.subject)).toEqual(['The profile of Maquinados del Norte is published on Puente']);
    expect((await mailsOf(spanish)).map((mail) => mail.subject)).toEqual(['El perfil de Maquinados del Norte está publicado en Puente']);
    expect(await noticesOf(worker.dataSource, english.userId)).toEqual([{ type: 'supplier.profile-approved', digest: false }]);
    expect(await noticesOf(worker.dataSource, spanish.userId)).toEqual([{ type: 'supplier.profile-approved', digest: false }]);
    expect(await noticesOf(worker.dataSource, suspended.userId)).toEqual([]);
    expect(await mailsOf(suspended)).toEqual([]);
  });

});

describe('a notification that cannot be delivered', () => {
  it('records a delivery that keeps failing, with its error, for admins', async () => {
    // A database of its own, so that no other worker's relay picks this notice up.
    const own = await suiteDatabase();
    const failing = await startTestWorker({
      env: { DATABASE_URL: own.url, SMTP_URL: 'smtp://127.0.0.1:9', QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '50' },
    });
    try {
      const ownFactory = identityFactory(failing.dataSource);
      const recipient = await ownFactory.user((await ownFactory.organization()).id);
      await failing.dataSource.query(`INSERT INTO notification_preferences (user_id, type, delivery, updated_at) VALUES ($1, 'team.role-changed', 'email', now())`, [
        recipient.userId,
      ]);
      await failing.dataSource.transaction((manager) =>
        failing.app.get(NotificationService).notify(manager, teamRoleChanged, [{ userId: recipient.userId }], {
          organizationName: 'Acme',
          role: 'owner',
          changedBy: 'Olivia',
        }),
      );
      const failed = await waitFor(async () => {
        const rows = await new FailedDeliveriesService(failing.dataSource).list(10);
        return rows.find((row) => row.email === recipient.email);
      }, 'the failed delivery');
      expect(failed).toMatchObject({ type: 'team.role-changed', channel: 'email', attempts: 2, lastError: expect.stringMatching(/ECONNREFUSED/) });
    } finally {
      await failing.close();
      await own.drop();
    }
  });
});
