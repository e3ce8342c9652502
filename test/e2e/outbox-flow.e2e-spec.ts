import { waitFor } from '@puente/testing';
import { Redis } from 'ioredis';
import { PuenteStack } from './support/puente-stack';

interface OutboxRow {
  id: string;
  message_id: string;
  topic: string;
  sent_at: Date | null;
}

/**
 * A real committed change through the outbox, with the built API and worker as processes: a
 * password-reset request commits a notification row, the worker fans it out into an e-mail
 * delivery (a second outbox hop) and sends it once. Each hop is a job `outbox-<message id>` and
 * leaves one inbox record per consumer under that id; the request id follows both hops.
 */
describe('a committed change flows from the API through the outbox to the worker', () => {
  let stack: PuenteStack;
  let redis: Redis;

  beforeAll(async () => {
    stack = await PuenteStack.start();
    redis = new Redis(stack.env.REDIS_URL);
  });
  afterAll(async () => {
    redis.disconnect();
    await stack.stop();
  });

  it('delivers the e-mail once, with one job per hop keyed by the message id and the request id on every row', async () => {
    const organization = await stack.factory.organization();
    const user = await stack.factory.user(organization.id);
    const requested = await stack.http.call('POST', '/api/v1/auth/password-reset', {
      body: { email: user.email },
      headers: { 'x-request-id': 'e2e-outbox-1' },
    });
    expect(requested.status).toBe(202);
    await stack.mail.waitFor(user.email, 'account.password-reset');

    const rows: OutboxRow[] = await stack.db.query(
      `SELECT id, message_id, topic, sent_at FROM outbox_messages WHERE request_id = 'e2e-outbox-1' ORDER BY id`,
    );
    expect(rows.map((row) => row.topic)).toEqual(['notifications.notification.requested', 'notifications.email.ready']);
    for (const row of rows) {
      expect(row.sent_at).toEqual(expect.any(Date));
      // The e-mail is written inside the job; BullMQ records `finishedOn` just after it returns, so on a loaded
      // machine the mail can be read first: wait for the job's own completion mark.
      const jobKey = `${stack.env.REDIS_KEY_PREFIX}:bull:events:outbox-${row.message_id}`;
      const finishedOn = await waitFor(async () => (await redis.hget(jobKey, 'finishedOn')) ?? undefined, `job outbox-${row.message_id} finished`);
      expect(Number(finishedOn)).toBeGreaterThan(0);
      const inbox: Array<{ consumer: string; outbox_id: string }> = await stack.db.query(
        'SELECT consumer, outbox_id FROM processed_messages WHERE message_id = $1',
        [row.message_id],
      );
      expect(inbox).toHaveLength(1);
      expect(inbox[0].outbox_id).toBe(row.id);
    }
    expect(new Set(rows.map((row) => row.message_id)).size).toBe(2);
    expect((await stack.mail.all()).filter((mail) => mail.to === user.email)).toHaveLength(1);
  });
});
