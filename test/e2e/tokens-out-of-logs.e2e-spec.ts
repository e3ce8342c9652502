import { SmtpSink, type SunkMessage } from './support/smtp-sink';
import { PuenteStack } from './support/puente-stack';
import { waitFor } from '@puente/testing';

/** The link in a message as the recipient reads it (quoted-printable soft breaks and `=3D` undone). */
function linkIn(message: SunkMessage, page: string): { url: URL; token: string } {
  const text = message.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = new RegExp(`https?://[^\\s"<>]+/${page}#token=([^\\s&"<>]+)`).exec(text);
  if (!match) throw new Error(`no ${page} link with a fragment token in:\n${text}`);
  return { url: new URL(match[0]), token: decodeURIComponent(match[1]) };
}

/**
 * The full reset and invitation flows, through a real SMTP server, with every log line of the API
 * and the worker kept (LOG_LEVEL=trace): the working token of each link appears in none of them.
 */
describe('no working token in any log line', () => {
  let sink: SmtpSink;
  let stack: PuenteStack;
  const tokens: { flow: string; token: string }[] = [];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    stack = await PuenteStack.start({ SMTP_URL: sink.url, LOG_LEVEL: 'trace' });
  });
  afterAll(async () => {
    await stack.stop();
    await sink.stop();
  });

  /** What a browser asks the server for when it opens the link: the fragment never leaves the browser. */
  async function openLink(url: URL): Promise<void> {
    const response = await fetch(url);
    expect(response.status).toBe(200);
    // An older link (or a careless client) with ?token= in the query must not leave it in the log either.
    const old = new URL(url);
    old.search = `?token=${encodeURIComponent(url.hash.replace(/^#token=/, ''))}`;
    old.hash = '';
    expect((await fetch(old)).status).toBe(200);
  }

  it('password reset: the link carries the token in its fragment, and the token works', async () => {
    const user = await stack.factory.user((await stack.factory.organization({ name: 'Reset Logs Inc', kind: 'buyer', country: 'US' })).id);
    expect((await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email: user.email } })).status).toBe(202);
    const [message] = await waitFor(async () => (sink.to(user.email).length ? sink.to(user.email) : undefined), 'the reset e-mail');
    const { url, token } = linkIn(message, 'reset-password');
    tokens.push({ flow: 'reset', token });
    await openLink(url);

    const newPassword = 'lantern willow granite 64';
    expect((await stack.http.call('POST', '/api/v1/auth/password-reset/confirm', { body: { token, newPassword } })).status).toBe(204);
    await stack.http.signIn(user.email, newPassword);
  });

  it('invitation: the link carries the token in its fragment, and the token works', async () => {
    const organization = await stack.factory.organization({ name: 'Invite Logs Inc', kind: 'buyer', country: 'US' });
    const owner = await stack.factory.user(organization.id, { verified: true });
    const { accessToken } = await stack.http.signIn(owner.email, owner.password);
    const invitee = 'invitee@invite-logs.example';
    const invited = await stack.http.call('POST', '/api/v1/team/invitations', { token: accessToken, body: { email: invitee, role: 'member' } });
    expect(invited.status).toBe(201);
    const [message] = await waitFor(async () => (sink.to(invitee).length ? sink.to(invitee) : undefined), 'the invitation e-mail');
    const { url, token } = linkIn(message, 'accept-invitation');
    tokens.push({ flow: 'invitation', token });
    await openLink(url);

    const accepted = await stack.http.call('POST', '/api/v1/team/invitations/accept', { body: { token, name: 'Ivy Invitee', password: 'sturdy walnut compass 9' } });
    expect(accepted.status).toBe(201);
  });

  it('finds neither token, raw or URL-encoded, in any line the API or the worker logged', async () => {
    expect(tokens.map((entry) => entry.flow)).toEqual(['reset', 'invitation']);
    const [api, worker] = [stack.api.logs, stack.worker.logs];
    // The capture is real: the API logged the requests of both flows, and the worker its jobs.
    expect(api).toContain('/api/v1/auth/password-reset/confirm');
    expect(api).toContain('/api/v1/team/invitations/accept');
    expect(api).toContain('/reset-password?token=[REDACTED]');
    expect(worker.length).toBeGreaterThan(0);
    const lines = [...api.split('\n'), ...worker.split('\n')];
    for (const { flow, token } of tokens) {
      const forms = [token, encodeURIComponent(token), token.split('.')[1]];
      const leaks = lines.filter((line) => forms.some((form) => line.includes(form)));
      expect({ flow, leaks }).toEqual({ flow, leaks: [] });
    }
  });
});
