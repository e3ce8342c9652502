import { waitFor } from '@puente/testing';
import { MailFolder } from './support/mail-folder';
import { PuenteStack } from './support/puente-stack';
import { SmtpSink } from './support/smtp-sink';

describe('notifications as users see them', () => {
  let stack: PuenteStack;

  beforeAll(async () => {
    stack = await PuenteStack.start();
  });
  afterAll(() => stack.stop());

  it('lists a user’s own notices unread first, in their language, with counts, read marks and paging', async () => {
    const organization = await stack.factory.organization({ name: 'Maquinados del Norte', kind: 'supplier', country: 'MX', language: 'es' });
    const owner = await stack.factory.user(organization.id, { name: 'Olivia', role: 'owner' });
    const colleague = await stack.factory.user(organization.id, { name: 'Carlos', role: 'member', language: 'es' });
    const ownerToken = (await stack.http.signIn(owner.email, owner.password)).accessToken;
    const colleagueToken = (await stack.http.signIn(colleague.email, colleague.password)).accessToken;

    for (const role of ['owner', 'member', 'owner']) {
      expect((await stack.http.call('PATCH', `/api/v1/team/members/${colleague.userId}`, { token: ownerToken, body: { role } })).status).toBe(200);
    }
    const count = await waitFor(async () => {
      const result = await stack.http.call('GET', '/api/v1/notifications/unread-count', { token: colleagueToken });
      return result.body.unread === 3 ? result.body : undefined;
    }, 'three notices');
    expect(count).toEqual({ unread: 3 });

    const first = await stack.http.call('GET', '/api/v1/notifications?limit=2', { token: colleagueToken });
    expect(first.body.data).toHaveLength(2);
    expect(first.body.data[0]).toMatchObject({ type: 'team.role-changed', readAt: null, link: `${stack.http.base}/team` });
    // Spanish, as the reader speaks it.
    expect(first.body.data[0].title).toBe('Cambió tu rol');
    expect(first.body.data[0].body).toMatch(/^Olivia cambió tu rol en Maquinados del Norte: ahora eres (propietario|miembro)\.$/);
    const page = await stack.http.call('GET', `/api/v1/notifications?limit=2&cursor=${first.body.nextCursor}`, { token: colleagueToken });
    // The three notices were fanned out concurrently: which one is oldest is not fixed, the paging is.
    expect(page.body.nextCursor).toBeNull();
    expect(page.body.data).toHaveLength(1);
    const bodies = [...first.body.data, ...page.body.data].map((notice: { body: string }) => notice.body.replace(/.*ahora eres /, ''));
    expect(bodies.sort()).toEqual(['miembro.', 'propietario.', 'propietario.']);
    expect(first.body.data.map((notice: { id: string }) => notice.id)).not.toContain(page.body.data[0].id);

    expect((await stack.http.call('POST', `/api/v1/notifications/${first.body.data[0].id}/read`, { token: colleagueToken })).status).toBe(204);
    const all = await stack.http.call('GET', '/api/v1/notifications', { token: colleagueToken });
    expect(all.body.data.map((notice: { id: string; readAt: string | null }) => [notice.id, notice.readAt === null])).toEqual([
      [first.body.data[1].id, true],
      [page.body.data[0].id, true],
      [first.body.data[0].id, false],
    ]);

    // The owner cannot touch the colleague's notices.
    expect((await stack.http.call('POST', `/api/v1/notifications/${all.body.data[0].id}/read`, { token: ownerToken })).status).toBe(404);
    expect((await stack.http.call('GET', '/api/v1/notifications/unread-count', { token: ownerToken })).body).toEqual({ unread: 0 });

    expect((await stack.http.call('POST', '/api/v1/notifications/read-all', { token: colleagueToken })).body).toEqual({ marked: 2 });
    expect((await stack.http.call('GET', '/api/v1/notifications/unread-count', { token: colleagueToken })).body).toEqual({ unread: 0 });

    const badCursor = await stack.http.call('GET', '/api/v1/notifications?cursor=garbage', { token: colleagueToken });
    expect(badCursor.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'cursor' }] });
  });

  it('keeps preferences per type, and never lets security notices be turned off', async () => {
    const user = await stack.factory.user((await stack.factory.organization()).id);
    const { accessToken } = await stack.http.signIn(user.email, user.password);
    const listed = await stack.http.call('GET', '/api/v1/notifications/preferences', { token: accessToken });
    expect(listed.body.data).toEqual(
      expect.arrayContaining([
        { type: 'account.password-changed', delivery: 'email', locked: true, choices: [] },
        { type: 'team.role-changed', delivery: 'in_app', locked: false, choices: ['in_app', 'email', 'digest'] },
      ]),
    );
    const changed = await stack.http.call('PUT', '/api/v1/notifications/preferences/team.role-changed', { token: accessToken, body: { delivery: 'digest' } });
    expect(changed.body.data).toContainEqual({ type: 'team.role-changed', delivery: 'digest', locked: false, choices: ['in_app', 'email', 'digest'] });

    const locked = await stack.http.call('PUT', '/api/v1/notifications/preferences/account.password-changed', { token: accessToken, body: { delivery: 'in_app' } });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('NOTIFICATION_PREFERENCE_LOCKED');
    expect((await stack.http.call('PUT', '/api/v1/notifications/preferences/no.such-type', { token: accessToken, body: { delivery: 'email' } })).status).toBe(404);
    const invalid = await stack.http.call('PUT', '/api/v1/notifications/preferences/team.role-changed', { token: accessToken, body: { delivery: 'pigeon' } });
    expect(invalid.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'delivery' }] });

    // A security notice arrives in-app and by e-mail whatever the preferences.
    await stack.http.call('POST', '/api/v1/me/password', { token: accessToken, body: { currentPassword: user.password, newPassword: 'brand new lantern 77' } });
    const mail = await stack.mail.waitFor(user.email, 'account.password-changed');
    expect(mail.subject).toMatch(/password/i);
    await waitFor(async () => (await stack.http.call('GET', '/api/v1/notifications/unread-count', { token: accessToken })).body.unread === 1 || undefined, 'the in-app notice');
  });
});

describe('e-mail over SMTP to a real server', () => {
  let sink: SmtpSink;
  let stack: PuenteStack;

  beforeAll(async () => {
    sink = await SmtpSink.start({ SMTP_SINK_REJECT: 'bounce@acme.example', SMTP_SINK_HOLD: '1' });
    stack = await PuenteStack.start({ SMTP_URL: sink.url, QUEUE_ATTEMPTS: '2', QUEUE_BACKOFF_MS: '100', QUEUE_STALLED_INTERVAL_MS: '1000' });
  });
  afterAll(async () => {
    await stack.stop();
    await sink.stop();
  });

  it('delivers the verification e-mail through SMTP, once, even when the worker is killed mid-delivery', async () => {
    const email = 'smtp@acme.example';
    const signUp = await stack.http.call('POST', '/api/v1/auth/sign-up', {
      body: { organization: { kind: 'buyer', name: 'SMTP Co', country: 'US' }, user: { name: 'Sam', email, password: 'sturdy walnut compass' } },
    });
    expect(signUp.status).toBe(202);
    // The sink holds the message, unacknowledged, once its DATA has arrived: the worker is then provably
    // mid-send. Kill it there, and release only after the server saw the connection drop.
    const [held] = await waitFor(async () => (sink.heldFor(email).length ? sink.heldFor(email) : undefined), 'the SMTP server to hold the message');
    expect(held.subject).toBe('Verify your e-mail address');
    stack.worker.child.kill('SIGKILL');
    await stack.worker.exited;
    await waitFor(async () => sink.abandonedBy(email).length === 1 || undefined, 'the server to see the sender gone');
    await sink.release();
    expect(sink.to(email)).toEqual([]);
    const [row] = await stack.db.query(`SELECT status FROM notification_deliveries WHERE email = $1`, [email]);
    expect(row.status).toBe('pending');

    await stack.startWorker();
    const [message] = await waitFor(async () => (sink.to(email).length ? sink.to(email) : undefined), 'the e-mail at the SMTP server');
    expect(message.subject).toBe('Verify your e-mail address');
    // The worker marks the delivery sent once the server has acknowledged it, a moment after the sink saw it.
    const delivery = await waitFor(async () => {
      const [row] = await stack.db.query(`SELECT id, status FROM notification_deliveries WHERE email = $1`, [email]);
      return row?.status === 'pending' ? undefined : row;
    }, 'the delivery to be recorded');
    expect(delivery.status).toBe('sent');
    expect(message.messageId).toBe(`<${delivery.id}@puente.mail>`);
    // The same delivery as the one the killed worker was sending, not a second one.
    expect(message.messageId).toBe(held.messageId);

    const token = MailFolder.token({ text: message.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=') } as never);
    expect((await stack.http.call('POST', '/api/v1/auth/verify-email', { body: { token } })).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(sink.to(email)).toHaveLength(1);
  });

  it('records a rejected recipient as a failed delivery that admins can list', async () => {
    const admin = await stack.factory.user((await stack.factory.platformOrganization()).id);
    const adminToken = (await stack.http.signIn(admin.email, admin.password)).accessToken;
    await stack.http.call('POST', '/api/v1/auth/sign-up', {
      body: { organization: { kind: 'buyer', name: 'Bounce Co', country: 'US' }, user: { name: 'B', email: 'bounce@acme.example', password: 'sturdy walnut compass' } },
    });
    const failed = await waitFor(async () => {
      const result = await stack.http.call('GET', '/api/v1/admin/notification-deliveries/failed', { token: adminToken });
      return result.body.data.find((row: { email: string }) => row.email === 'bounce@acme.example');
    }, 'the failed delivery');
    expect(failed).toMatchObject({ type: 'account.email-verification', attempts: 2, lastError: expect.stringMatching(/550/) });
  });
});
