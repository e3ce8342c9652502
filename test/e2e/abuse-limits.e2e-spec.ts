import { PuenteStack } from './support/puente-stack';
import type { CallResult } from './support/http-client';

/** The API trusts X-Forwarded-For from loopback (TRUST_PROXY), so each test speaks from its own address. */
function from(ip: string): { 'x-forwarded-for': string } {
  return { 'x-forwarded-for': ip };
}

function expectLimited(result: CallResult, issue: string, field?: string): void {
  expect(result.status).toBe(429);
  expect(result.body.error.code).toBe('RATE_LIMITED');
  expect(result.body.error.details).toEqual([{ ...(field ? { field } : {}), issue, message: expect.any(String) }]);
  expect(Number(result.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
}

function statuses(results: CallResult[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const result of results) counts[result.status] = (counts[result.status] ?? 0) + 1;
  return counts;
}

/** The per-purpose limits at their defaults (PuenteStack raises them for the other suites). */
describe('abuse limits per purpose', () => {
  let stack: PuenteStack;

  beforeAll(async () => {
    stack = await PuenteStack.start({
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '5',
      SIGN_IN_MAX_FAILURES_PER_IP: '50',
      ACCOUNT_EMAILS_MAX_PER_ADDRESS: '5',
      ACCOUNT_EMAILS_MAX_PER_IP: '20',
      SIGN_UP_MAX_PER_IP: '10',
    });
  });
  afterAll(() => stack.stop());

  async function user(name: string) {
    return stack.factory.user((await stack.factory.organization({ name, kind: 'buyer', country: 'US' })).id);
  }

  async function failedSignIns(email: string): Promise<number> {
    const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.sign_in_failed' AND target_id = $1`, [email.toLowerCase()]);
    return row.n;
  }

  it('lets at most 5 of 20 parallel wrong passwords for one account reach the password check; the rest are 429', async () => {
    const victim = await user('Burst Target Inc');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, attempt) =>
        stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: victim.email, password: `wrong guess ${attempt}` }, headers: from(`10.1.0.${attempt + 1}`) }),
      ),
    );
    expect(statuses(results)).toEqual({ 401: 5, 429: 15 });
    for (const refused of results.filter((result) => result.status === 429)) expectLimited(refused, 'sign_in_failures_per_account', 'email');
    // Each checked wrong password writes one audit row, after argon2 said no: exactly 5 were checked.
    expect(await failedSignIns(victim.email)).toBe(5);

    // The right password waits for the window too: the guesser cannot tell it from a wrong one.
    expectLimited(await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: victim.email, password: victim.password }, headers: from('10.1.1.1') }), 'sign_in_failures_per_account', 'email');
    expect(await failedSignIns(victim.email)).toBe(5);
  });

  it('gives the slot back on a right password, so a user who gets it right is not locked out by their own sign-ins', async () => {
    const regular = await user('Regular Inc');
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: regular.email, password: 'not it at all' }, headers: from('10.2.0.1') })).status).toBe(401);
    }
    for (let signIn = 0; signIn < 6; signIn++) {
      expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: regular.email, password: regular.password, client: 'api' }, headers: from('10.2.0.1') })).status).toBe(200);
    }
    expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: regular.email, password: 'the fifth miss' }, headers: from('10.2.0.1') })).status).toBe(401);
    expectLimited(await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: regular.email, password: 'the sixth miss' }, headers: from('10.2.0.1') }), 'sign_in_failures_per_account', 'email');
  });

  it('limits failed sign-ins per IP across accounts (50), unknown e-mails included', async () => {
    const results = [];
    for (let attempt = 0; attempt < 51; attempt++) {
      results.push(await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: `nobody-${attempt}@ip-limit.example`, password: 'guessing away 123' }, headers: from('10.3.0.1') }));
    }
    expect(statuses(results.slice(0, 50))).toEqual({ 401: 50 });
    expectLimited(results[50], 'sign_in_failures_per_ip');
    // Another address is not affected.
    expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: 'nobody@ip-limit.example', password: 'guessing away 123' }, headers: from('10.3.0.2') })).status).toBe(401);
  });

  it('counts wrong current passwords on /me/password against the same per-account limit, also in parallel', async () => {
    const owner = await user('Password Change Inc');
    const { accessToken } = await stack.http.signIn(owner.email, owner.password);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, attempt) =>
        stack.http.call('POST', '/api/v1/me/password', { token: accessToken, body: { currentPassword: `wrong current ${attempt}`, newPassword: 'quartz meadow lantern 55' }, headers: from('10.4.0.1') }),
      ),
    );
    expect(statuses(results)).toEqual({ 400: 5, 429: 7 });
    for (const refused of results.filter((result) => result.status === 429)) expectLimited(refused, 'sign_in_failures_per_account', 'currentPassword');
    // The same account's sign-in is now closed too, the right password included.
    expectLimited(await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: owner.email, password: owner.password }, headers: from('10.4.0.2') }), 'sign_in_failures_per_account', 'email');
  });

  it('sends at most 5 reset e-mails an hour to one address, from any number of IPs, and counts unknown addresses alike', async () => {
    const target = await user('Mail Bomb Target Inc');
    for (const email of [target.email, 'ghost@mail-bomb.example']) {
      const results = [];
      for (let request = 0; request < 6; request++) {
        results.push(await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email }, headers: from(`10.5.${request}.1`) }));
      }
      expect(statuses(results.slice(0, 5))).toEqual({ 202: 5 });
      expectLimited(results[5], 'account_emails_per_address', 'email');
    }
    const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM user_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = $1 AND t.purpose = 'password_reset'`, [target.email]);
    expect(row.n).toBe(5);
  });

  it('limits reset and verification e-mails per IP (20)', async () => {
    const results = [];
    for (let request = 0; request < 21; request++) {
      results.push(await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email: `someone-${request}@per-ip.example` }, headers: from('10.6.0.1') }));
    }
    expect(statuses(results.slice(0, 20))).toEqual({ 202: 20 });
    expectLimited(results[20], 'account_emails_per_ip');
    // A signed-in user asking for a new verification link from that address is counted in the same bucket.
    const unverified = await stack.factory.user((await stack.factory.organization({ name: 'Unverified Inc', kind: 'buyer', country: 'US' })).id, { verified: false });
    const { accessToken } = await stack.http.signIn(unverified.email, unverified.password);
    expectLimited(await stack.http.call('POST', '/api/v1/auth/verify-email/resend', { token: accessToken, headers: from('10.6.0.1') }), 'account_emails_per_ip');
    expect((await stack.http.call('POST', '/api/v1/auth/verify-email/resend', { token: accessToken, headers: from('10.6.0.2') })).status).toBe(202);
  });

  it('limits sign-ups per IP (10) without creating the eleventh account', async () => {
    const body = (n: number) => ({
      organization: { kind: 'buyer', name: `Signup Flood ${n}`, country: 'US' },
      user: { name: 'Flood', email: `flood-${n}@sign-up-limit.example`, password: 'sturdy walnut compass 12' },
    });
    const results = [];
    for (let n = 0; n < 11; n++) results.push(await stack.http.call('POST', '/api/v1/auth/sign-up', { body: body(n), headers: from('10.7.0.1') }));
    expect(statuses(results.slice(0, 10))).toEqual({ 202: 10 });
    expectLimited(results[10], 'sign_ups_per_ip');
    const [row] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE '%@sign-up-limit.example'`);
    expect(row.n).toBe(10);
    expect((await stack.http.call('POST', '/api/v1/auth/sign-up', { body: body(11), headers: from('10.7.0.2') })).status).toBe(202);
  });
});
