import { MailFolder } from './support/mail-folder';
import { PuenteStack } from './support/puente-stack';

const STRONG = 'maple tractor harbor 42';

function signUpBody(email: string, overrides: { organization?: object; user?: object } = {}) {
  return {
    organization: { kind: 'buyer', name: 'Acme Robotics', country: 'US', ...overrides.organization },
    user: { name: 'Ana Smith', email, password: STRONG, ...overrides.user },
  };
}

describe('accounts: sign-up, verification, sign-in, sessions, reset', () => {
  let stack: PuenteStack;

  beforeAll(async () => {
    stack = await PuenteStack.start();
  });
  afterAll(() => stack.stop());

  describe('sign-up and e-mail verification', () => {
    it('creates an organization and its owner, and e-mails a link that verifies once', async () => {
      const created = await stack.http.call('POST', '/api/v1/auth/sign-up', { body: signUpBody('Ana@Acme.example') });
      expect(created.status).toBe(202);
      expect(created.body).toEqual({ email: 'Ana@Acme.example', status: 'verification_sent' });

      const mail = await stack.mail.waitFor('Ana@Acme.example', 'account.email-verification');
      expect(mail.subject).toBe('Verify your e-mail address');
      // The token rides in the fragment, which browsers never send to a server.
      expect(mail.text).toMatch(/\/verify-email#token=/);
      const token = MailFolder.token(mail);

      const { accessToken } = await stack.http.signIn('ana@acme.example', STRONG);
      const me = await stack.http.call('GET', '/api/v1/me', { token: accessToken });
      expect(me.body).toMatchObject({
        user: { email: 'Ana@Acme.example', emailVerified: false, language: 'en', timeZone: 'America/Chicago' },
        organization: { kind: 'buyer', name: 'Acme Robotics', country: 'US' },
        role: 'owner',
      });

      expect((await stack.http.call('POST', '/api/v1/auth/verify-email', { body: { token } })).status).toBe(204);
      expect((await stack.http.call('GET', '/api/v1/me', { token: accessToken })).body.user.emailVerified).toBe(true);

      const again = await stack.http.call('POST', '/api/v1/auth/verify-email', { body: { token } });
      expect(again.status).toBe(400);
      expect(again.body.error.code).toBe('TOKEN_INVALID');
    });

    it('writes the e-mail in Spanish for a Mexican supplier', async () => {
      await stack.http.call('POST', '/api/v1/auth/sign-up', {
        body: signUpBody('luis@maquilas.example', { organization: { kind: 'supplier', name: 'Maquilas del Norte', country: 'MX' }, user: { name: 'Luis' } }),
      });
      const mail = await stack.mail.waitFor('luis@maquilas.example', 'account.email-verification');
      expect(mail.language).toBe('es');
      expect(mail.subject).toBe('Verifica tu correo electrónico');
      expect(mail.text).toContain('Hola, Luis:');
    });

    describe('a taken address (no account enumeration)', () => {
      const owners = [
        { email: 'taken@acme.example', body: signUpBody('taken@acme.example'), subject: 'Someone tried to sign up with your e-mail', language: 'en' },
        {
          email: 'tomada@maquilas.example',
          body: signUpBody('tomada@maquilas.example', { organization: { kind: 'supplier', name: 'Maquilas Tomadas', country: 'MX' }, user: { name: 'Tere' } }),
          subject: 'Alguien intentó registrarse con tu correo',
          language: 'es',
        },
      ];
      beforeAll(async () => {
        for (const owner of owners) {
          expect((await stack.http.call('POST', '/api/v1/auth/sign-up', { body: owner.body })).status).toBe(202);
          await stack.mail.waitFor(owner.email, 'account.email-verification');
        }
      });

      it.each(owners)('answers $email exactly like a new address, creates nothing, and tells the owner in $language', async (owner) => {
        const before = await stack.db.query(`SELECT (SELECT count(*)::int FROM organizations) AS orgs, (SELECT count(*)::int FROM users) AS users`);
        const fresh = await stack.http.call('POST', '/api/v1/auth/sign-up', { body: signUpBody(`fresh-${owner.language}@acme.example`) });
        const taken = await stack.http.call('POST', '/api/v1/auth/sign-up', {
          body: signUpBody(owner.email.toUpperCase(), { user: { password: 'another sturdy passphrase' } }),
        });
        expect(taken.status).toBe(fresh.status);
        expect(taken.status).toBe(202);
        expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
        expect(taken.body).toEqual({ email: owner.email.toUpperCase(), status: 'verification_sent' });

        const notice = await stack.mail.waitFor(owner.email, 'account.sign-up-attempted');
        expect(notice.language).toBe(owner.language);
        expect(notice.subject).toBe(owner.subject);
        expect(notice.text).toContain('/reset-password');
        // Only the fresh address got an organization and a user.
        const after = await stack.db.query(`SELECT (SELECT count(*)::int FROM organizations) AS orgs, (SELECT count(*)::int FROM users) AS users`);
        expect(after).toEqual([{ orgs: before[0].orgs + 1, users: before[0].users + 1 }]);
        // The owner's password is untouched, and the attempt is audited against their account.
        await stack.http.signIn(owner.email, STRONG);
        const [audit] = await stack.db.query(
          `SELECT a.actor_user_id, a.ip FROM audit_events a JOIN users u ON u.id::text = a.target_id
           WHERE a.action = 'account.sign_up_attempted' AND lower(u.email) = lower($1)`,
          [owner.email],
        );
        expect(audit).toMatchObject({ actor_user_id: null, ip: expect.any(String) });
      });
    });

    it.each([
      ['a weak password', 'WEAK_PASSWORD', 'user.password', signUpBody('weak@acme.example', { user: { password: 'short' } })],
      ['a malformed e-mail', 'VALIDATION_FAILED', 'user.email', signUpBody('not-an-email')],
      ['a platform organization', 'VALIDATION_FAILED', 'organization.kind', signUpBody('sneaky@acme.example', { organization: { kind: 'platform' } })],
      ['a role field', 'VALIDATION_FAILED', 'role', { ...signUpBody('role@acme.example'), role: 'admin' }],
      ['a nested unknown field', 'VALIDATION_FAILED', 'user.role', signUpBody('nested@acme.example', { user: { role: 'admin' } })],
      ['an unknown time zone', 'VALIDATION_FAILED', 'user.timeZone', signUpBody('tz@acme.example', { user: { timeZone: 'Mars/Olympus' } })],
      ['a bad country', 'VALIDATION_FAILED', 'organization.country', signUpBody('country@acme.example', { organization: { country: 'XX' } })],
    ])('answers %s with %s naming %s', async (_label, code, field, body) => {
      const result = await stack.http.call('POST', '/api/v1/auth/sign-up', { body });
      expect(result.status).toBe(400);
      expect(result.body.error.code).toBe(code);
      expect(result.body.error.details.map((detail: { field: string }) => detail.field)).toContain(field);
    });
  });

  describe('sign-in, refresh rotation and sign-out', () => {
    let email: string;
    beforeAll(async () => {
      email = 'rotation@acme.example';
      await stack.http.call('POST', '/api/v1/auth/sign-up', { body: signUpBody(email) });
    });

    it('answers a wrong password and an unknown e-mail alike', async () => {
      const wrong = await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email, password: 'not the password at all' } });
      const unknown = await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: 'nobody@acme.example', password: STRONG } });
      expect([wrong.status, unknown.status]).toEqual([401, 401]);
      expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
      expect(unknown.body.error.message).toBe(wrong.body.error.message);
    });

    it('rotates refresh tokens, and reusing a spent one revokes the whole family', async () => {
      const first = await stack.http.signIn(email, STRONG);
      const second = await stack.http.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      expect((await stack.http.call('GET', '/api/v1/me', { token: second.body.accessToken })).status).toBe(200);

      const replay = await stack.http.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
      expect(replay.status).toBe(401);
      expect(replay.body.error.code).toBe('REFRESH_TOKEN_REUSED');

      // The thief's replay ended the legitimate holder's session too.
      expect((await stack.http.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: second.body.refreshToken } })).status).toBe(401);
      expect((await stack.http.call('GET', '/api/v1/me', { token: second.body.accessToken })).status).toBe(401);
      const [event] = await stack.db.query(`SELECT action FROM audit_events WHERE action = 'auth.refresh_token_reused'`);
      expect(event).toEqual({ action: 'auth.refresh_token_reused' });
    });

    it('keeps a browser refresh token in an httpOnly SameSite=Strict cookie scoped to the auth routes, guarded by CSRF', async () => {
      const signIn = await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email, password: STRONG } });
      expect(signIn.status).toBe(200);
      expect(signIn.body.refreshToken).toBeUndefined();
      const refreshCookie = signIn.setCookies.puente_refresh;
      expect(refreshCookie).toMatch(/HttpOnly/);
      expect(refreshCookie).toMatch(/SameSite=Strict/);
      expect(refreshCookie).toMatch(/Path=\/api\/v1\/auth/);
      const refreshValue = refreshCookie.split(';')[0];
      const csrf = signIn.body.csrfToken as string;
      expect(signIn.setCookies.puente_csrf.split(';')[0]).toBe(csrf);

      const cookies = { puente_refresh: refreshValue, puente_csrf: csrf };
      const withoutCsrf = await stack.http.call('POST', '/api/v1/auth/refresh', { cookies });
      expect(withoutCsrf.status).toBe(403);
      expect(withoutCsrf.body.error.code).toBe('CSRF_TOKEN_INVALID');
      const wrongCsrf = await stack.http.call('POST', '/api/v1/auth/refresh', { cookies, headers: { 'x-csrf-token': 'forged' } });
      expect(wrongCsrf.status).toBe(403);

      const refreshed = await stack.http.call('POST', '/api/v1/auth/refresh', { cookies, headers: { 'x-csrf-token': csrf } });
      expect(refreshed.status).toBe(200);
      const next = { puente_refresh: refreshed.setCookies.puente_refresh.split(';')[0], puente_csrf: refreshed.body.csrfToken };
      expect(next.puente_refresh).not.toBe(refreshValue);

      const signedOut = await stack.http.call('POST', '/api/v1/auth/sign-out', { cookies: next, headers: { 'x-csrf-token': next.puente_csrf } });
      expect(signedOut.status).toBe(204);
      expect(signedOut.setCookies.puente_refresh).toMatch(/Expires=Thu, 01 Jan 1970/);
      expect((await stack.http.call('GET', '/api/v1/me', { token: refreshed.body.accessToken })).status).toBe(401);
    });

    it('signs out with the access token, ending that session only', async () => {
      const one = await stack.http.signIn(email, STRONG);
      const two = await stack.http.signIn(email, STRONG);
      expect((await stack.http.call('POST', '/api/v1/auth/sign-out', { token: one.accessToken })).status).toBe(204);
      expect((await stack.http.call('GET', '/api/v1/me', { token: one.accessToken })).status).toBe(401);
      expect((await stack.http.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: one.refreshToken } })).status).toBe(401);
      expect((await stack.http.call('GET', '/api/v1/me', { token: two.accessToken })).status).toBe(200);
    });

    it('limits failed sign-ins per account, and records each failure', async () => {
      const victim = 'throttled@acme.example';
      await stack.http.call('POST', '/api/v1/auth/sign-up', { body: signUpBody(victim) });
      for (let attempt = 0; attempt < 5; attempt++) {
        expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: victim, password: `wrong guess ${attempt}` } })).status).toBe(401);
      }
      const blocked = await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: victim, password: STRONG } });
      expect(blocked.status).toBe(429);
      expect(blocked.body.error).toMatchObject({ code: 'RATE_LIMITED', details: [{ field: 'email', issue: 'sign_in_failures_per_account' }] });
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      const failures = await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'auth.sign_in_failed' AND target_id = $1`, [victim]);
      expect(failures).toEqual([{ n: 5 }]);
    });
  });

  describe('password reset and change', () => {
    const email = 'reset@acme.example';
    beforeAll(() => stack.http.call('POST', '/api/v1/auth/sign-up', { body: signUpBody(email) }));

    it('answers 202 whether or not the account exists, and mails only a real one', async () => {
      expect((await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email: 'ghost@acme.example' } })).status).toBe(202);
      expect((await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email } })).status).toBe(202);
      await stack.mail.waitFor(email, 'account.password-reset');
      expect((await stack.mail.all()).some((mail) => mail.to === 'ghost@acme.example')).toBe(false);
    });

    it('sets a new password with a single-use link and ends every session', async () => {
      const session = await stack.http.signIn(email, STRONG);
      await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email } });
      const token = MailFolder.token(await stack.mail.waitFor(email, 'account.password-reset', 2));

      const weak = await stack.http.call('POST', '/api/v1/auth/password-reset/confirm', { body: { token, newPassword: 'password1234' } });
      expect(weak.body.error.code).toBe('WEAK_PASSWORD');

      const newPassword = 'granite lantern meadow 7';
      expect((await stack.http.call('POST', '/api/v1/auth/password-reset/confirm', { body: { token, newPassword } })).status).toBe(204);
      expect((await stack.http.call('GET', '/api/v1/me', { token: session.accessToken })).status).toBe(401);
      expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email, password: STRONG } })).status).toBe(401);
      await stack.http.signIn(email, newPassword);

      const reused = await stack.http.call('POST', '/api/v1/auth/password-reset/confirm', { body: { token, newPassword: 'another fine passphrase' } });
      expect(reused.body.error.code).toBe('TOKEN_INVALID');
    });

    it('refuses an expired link with TOKEN_EXPIRED', async () => {
      await stack.http.call('POST', '/api/v1/auth/password-reset', { body: { email } });
      const token = MailFolder.token(await stack.mail.waitFor(email, 'account.password-reset', 3));
      await stack.db.query(`UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE purpose = 'password_reset' AND used_at IS NULL`);
      const expired = await stack.http.call('POST', '/api/v1/auth/password-reset/confirm', { body: { token, newPassword: 'another fine passphrase' } });
      expect(expired.status).toBe(400);
      expect(expired.body.error.code).toBe('TOKEN_EXPIRED');
    });

    it('changes the password only with the current one, and updates the profile', async () => {
      const user = await stack.factory.user((await stack.factory.organization()).id);
      const { accessToken } = await stack.http.signIn(user.email, user.password);
      const wrong = await stack.http.call('POST', '/api/v1/me/password', { token: accessToken, body: { currentPassword: 'nope nope nope', newPassword: 'fresh granite lantern' } });
      expect(wrong.body.error.code).toBe('CURRENT_PASSWORD_INCORRECT');
      expect((await stack.http.call('POST', '/api/v1/me/password', { token: accessToken, body: { currentPassword: user.password, newPassword: 'fresh granite lantern' } })).status).toBe(204);
      await stack.http.signIn(user.email, 'fresh granite lantern');

      const patched = await stack.http.call('PATCH', '/api/v1/me', { token: accessToken, body: { language: 'es', timeZone: 'America/Monterrey' } });
      expect(patched.body.user).toMatchObject({ language: 'es', timeZone: 'America/Monterrey' });
      const unknown = await stack.http.call('PATCH', '/api/v1/me', { token: accessToken, body: { email: 'new@acme.example' } });
      expect(unknown.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'email', issue: 'unknown_property' }] });
      const [audit] = await stack.db.query(`SELECT before, after FROM audit_events WHERE action = 'account.profile_updated' AND target_id = $1`, [user.userId]);
      expect(audit).toEqual({ before: { language: 'en', timeZone: 'America/Chicago' }, after: { language: 'es', timeZone: 'America/Monterrey' } });
    });
  });
});
