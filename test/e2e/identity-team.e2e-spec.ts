import { AppProcess, type UserFixture } from '@puente/testing';
import { MailFolder } from './support/mail-folder';
import { PuenteStack } from './support/puente-stack';

describe('teams, suspension and the audit log', () => {
  let stack: PuenteStack;
  let owner: UserFixture;
  let ownerToken: string;

  beforeAll(async () => {
    stack = await PuenteStack.start();
    const organization = await stack.factory.organization({ name: 'Acme Robotics' });
    owner = await stack.factory.user(organization.id, { name: 'Olivia Owner' });
    ownerToken = (await stack.http.signIn(owner.email, owner.password)).accessToken;
  });
  afterAll(() => stack.stop());

  const members = async (token: string) =>
    ((await stack.http.call('GET', '/api/v1/team/members', { token })).body.data as Array<{ userId: string; email: string; role: string }>).map(
      ({ email, role }) => `${email}:${role}`,
    );

  it('invites by e-mail with an expiring link; the invitee joins with that role, verified', async () => {
    const invited = await stack.http.call('POST', '/api/v1/team/invitations', { token: ownerToken, body: { email: 'mia@acme.example', role: 'member' } });
    expect(invited.status).toBe(201);
    expect(new Date(invited.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    expect((await stack.http.call('GET', '/api/v1/team/invitations', { token: ownerToken })).body.data.map((i: { email: string }) => i.email)).toEqual([
      'mia@acme.example',
    ]);

    const mail = await stack.mail.waitFor('mia@acme.example', 'team.invitation');
    expect(mail.text).toContain('Olivia Owner invited you to join Acme Robotics on Puente as a member');
    const token = MailFolder.token(mail);
    const accepted = await stack.http.call('POST', '/api/v1/team/invitations/accept', { body: { token, name: 'Mia Member', password: 'sturdy walnut compass' } });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toMatchObject({ user: { email: 'mia@acme.example', emailVerified: true }, role: 'member', organization: { name: 'Acme Robotics' } });
    expect(await members(ownerToken)).toEqual([`${owner.email}:owner`, 'mia@acme.example:member']);

    const again = await stack.http.call('POST', '/api/v1/team/invitations/accept', { body: { token, name: 'Mia Again', password: 'sturdy walnut compass' } });
    expect(again.body.error.code).toBe('TOKEN_INVALID');
  });

  it('refuses an expired or revoked invitation, and an invitation to someone with an account', async () => {
    const invited = await stack.http.call('POST', '/api/v1/team/invitations', { token: ownerToken, body: { email: 'late@acme.example', role: 'member' } });
    const token = MailFolder.token(await stack.mail.waitFor('late@acme.example', 'team.invitation'));
    await stack.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [invited.body.id]);
    const expired = await stack.http.call('POST', '/api/v1/team/invitations/accept', { body: { token, name: 'Late', password: 'sturdy walnut compass' } });
    expect(expired.body.error.code).toBe('TOKEN_EXPIRED');

    const revoked = await stack.http.call('POST', '/api/v1/team/invitations', { token: ownerToken, body: { email: 'nope@acme.example', role: 'member' } });
    const revokedToken = MailFolder.token(await stack.mail.waitFor('nope@acme.example', 'team.invitation'));
    expect((await stack.http.call('DELETE', `/api/v1/team/invitations/${revoked.body.id}`, { token: ownerToken })).status).toBe(204);
    expect((await stack.http.call('POST', '/api/v1/team/invitations/accept', { body: { token: revokedToken, name: 'N', password: 'sturdy walnut compass' } })).body.error.code).toBe(
      'TOKEN_INVALID',
    );

    const existing = await stack.http.call('POST', '/api/v1/team/invitations', { token: ownerToken, body: { email: owner.email.toUpperCase(), role: 'member' } });
    expect(existing.status).toBe(409);
    expect(existing.body.error.code).toBe('ALREADY_MEMBER');
  });

  it('keeps an unverified owner from inviting (EMAIL_NOT_VERIFIED) but lets them edit their profile', async () => {
    const organization = await stack.factory.organization();
    const unverified = await stack.factory.user(organization.id, { verified: false });
    const { accessToken } = await stack.http.signIn(unverified.email, unverified.password);
    const invite = await stack.http.call('POST', '/api/v1/team/invitations', { token: accessToken, body: { email: 'x@acme.example', role: 'member' } });
    expect(invite.status).toBe(403);
    expect(invite.body.error.code).toBe('EMAIL_NOT_VERIFIED');
    expect((await stack.http.call('PATCH', '/api/v1/me', { token: accessToken, body: { name: 'Still Allowed' } })).status).toBe(200);
  });

  it('changes roles, transfers ownership, and never leaves an organization without an owner', async () => {
    const organization = await stack.factory.organization();
    const boss = await stack.factory.user(organization.id, { role: 'owner' });
    const helper = await stack.factory.user(organization.id, { role: 'member' });
    const bossToken = (await stack.http.signIn(boss.email, boss.password)).accessToken;
    const helperToken = (await stack.http.signIn(helper.email, helper.password)).accessToken;

    const demoteSelf = await stack.http.call('PATCH', `/api/v1/team/members/${boss.userId}`, { token: bossToken, body: { role: 'member' } });
    expect(demoteSelf.body.error.code).toBe('LAST_OWNER');
    const leave = await stack.http.call('DELETE', `/api/v1/team/members/${boss.userId}`, { token: bossToken });
    expect(leave.body.error.code).toBe('LAST_OWNER');

    expect((await stack.http.call('PATCH', `/api/v1/team/members/${helper.userId}`, { token: helperToken, body: { role: 'owner' } })).status).toBe(403);
    const promoted = await stack.http.call('PATCH', `/api/v1/team/members/${helper.userId}`, { token: bossToken, body: { role: 'owner' } });
    expect(promoted.status).toBe(200);
    // The role change applies to the helper's very next request, with the same access token.
    expect((await stack.http.call('GET', '/api/v1/team/invitations', { token: helperToken })).status).toBe(200);
    expect((await stack.http.call('PATCH', `/api/v1/team/members/${helper.userId}`, { token: bossToken, body: { role: 'member' } })).status).toBe(200);

    const transferred = await stack.http.call('POST', '/api/v1/team/ownership-transfer', { token: bossToken, body: { userId: helper.userId } });
    expect(transferred.status).toBe(200);
    expect(transferred.body.data.map((member: { userId: string; role: string }) => [member.userId, member.role])).toEqual(
      expect.arrayContaining([
        [boss.userId, 'member'],
        [helper.userId, 'owner'],
      ]),
    );
    expect((await stack.http.call('DELETE', `/api/v1/team/members/${boss.userId}`, { token: bossToken })).status).toBe(204);
    expect((await stack.http.call('GET', '/api/v1/me', { token: bossToken })).status).toBe(401);

    const actions = await stack.db.query(`SELECT action, before, after FROM audit_events WHERE organization_id = $1 ORDER BY id`, [organization.id]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'auth.signed_in',
      'auth.signed_in',
      'team.role_changed',
      'team.role_changed',
      'team.ownership_transferred',
      'team.member_left',
    ]);
    expect(actions[2]).toMatchObject({ before: { role: 'member' }, after: { role: 'owner' } });
  });

  it('does not find another organization’s member (404), never revealing it exists', async () => {
    const other = await stack.factory.user((await stack.factory.organization()).id, { role: 'member' });
    const result = await stack.http.call('PATCH', `/api/v1/team/members/${other.userId}`, { token: ownerToken, body: { role: 'owner' } });
    expect(result.status).toBe(404);
    expect(result.body.error.code).toBe('NOT_FOUND');
  });

  it('creates a platform admin from the command line only, once per e-mail', async () => {
    const env = { ...stack.env, ADMIN_PASSWORD: 'command line admin 2026' };
    const created = AppProcess.start('dist/apps/api/admin-create.cjs', env, ['ops@puente.example', '--name', 'Ops Person']);
    expect((await created.exited).code).toBe(0);
    expect(created.logs).toContain('Created platform admin ops@puente.example');
    const { accessToken } = await stack.http.signIn('ops@puente.example', 'command line admin 2026');
    const me = await stack.http.call('GET', '/api/v1/me', { token: accessToken });
    expect(me.body).toMatchObject({ user: { name: 'Ops Person', emailVerified: true }, organization: { kind: 'platform' } });
    expect((await stack.http.call('GET', '/api/v1/admin/audit-events?limit=1', { token: accessToken })).status).toBe(200);

    const again = AppProcess.start('dist/apps/api/admin-create.cjs', env, ['OPS@puente.example']);
    expect((await again.exited).code).toBe(65);
    expect(again.logs).toContain('EMAIL_TAKEN');
  });

  describe('suspension by an admin', () => {
    let adminToken: string;
    beforeAll(async () => {
      const platform = await stack.factory.platformOrganization();
      const admin = await stack.factory.user(platform.id);
      adminToken = (await stack.http.signIn(admin.email, admin.password)).accessToken;
    });

    it('blocks a suspended user’s next request and sign-in, and lets them back after unsuspension', async () => {
      const organization = await stack.factory.organization({ kind: 'supplier', country: 'MX' });
      const target = await stack.factory.user(organization.id);
      const session = await stack.http.signIn(target.email, target.password);
      expect((await stack.http.call('POST', `/api/v1/admin/users/${target.userId}/suspend`, { token: adminToken, body: { reason: 'fraud report #12' } })).status).toBe(204);

      const blocked = await stack.http.call('GET', '/api/v1/me', { token: session.accessToken });
      expect(blocked.status).toBe(401); // its session was revoked with the suspension
      expect((await stack.http.call('POST', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } })).status).toBe(401);
      const signIn = await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: target.email, password: target.password, client: 'api' } });
      expect(signIn.status).toBe(403);
      expect(signIn.body.error.code).toBe('ACCOUNT_SUSPENDED');

      expect((await stack.http.call('POST', `/api/v1/admin/users/${target.userId}/unsuspend`, { token: adminToken, body: {} })).status).toBe(204);
      await stack.http.signIn(target.email, target.password);
    });

    it('suspends a whole organization, and the audit log shows it with actor, reason and request id', async () => {
      const organization = await stack.factory.organization({ kind: 'supplier', country: 'MX', name: 'Shady Castings' });
      const worker = await stack.factory.user(organization.id, { role: 'member' });
      const session = await stack.http.signIn(worker.email, worker.password);
      const suspended = await stack.http.call('POST', `/api/v1/admin/organizations/${organization.id}/suspend`, {
        token: adminToken,
        body: { reason: 'counterfeit certifications' },
        headers: { 'x-request-id': 'admin-suspend-1' },
      });
      expect(suspended.status).toBe(204);
      expect((await stack.http.call('GET', '/api/v1/me', { token: session.accessToken })).status).toBe(401);
      expect((await stack.http.call('POST', '/api/v1/auth/sign-in', { body: { email: worker.email, password: worker.password } })).body.error.code).toBe(
        'ACCOUNT_SUSPENDED',
      );

      const log = await stack.http.call('GET', `/api/v1/admin/audit-events?action=admin.organization_suspended&organizationId=${organization.id}`, { token: adminToken });
      expect(log.status).toBe(200);
      expect(log.body.data).toEqual([
        expect.objectContaining({
          action: 'admin.organization_suspended',
          organizationId: organization.id,
          targetType: 'organization',
          targetId: organization.id,
          before: { suspended: false },
          after: { suspended: true, reason: 'counterfeit certifications' },
          requestId: 'admin-suspend-1',
          ip: expect.stringMatching(/127\.0\.0\.1/),
        }),
      ]);
      expect(log.body.data[0].actorUserId).toEqual(expect.any(String));
    });

    it('pages the audit log newest first', async () => {
      const first = await stack.http.call('GET', '/api/v1/admin/audit-events?limit=2', { token: adminToken });
      expect(first.body.data).toHaveLength(2);
      expect(Number(first.body.data[0].id)).toBeGreaterThan(Number(first.body.data[1].id));
      const second = await stack.http.call('GET', `/api/v1/admin/audit-events?limit=2&before=${first.body.nextBefore}`, { token: adminToken });
      expect(Number(second.body.data[0].id)).toBeLessThan(Number(first.body.data[1].id));
      const bad = await stack.http.call('GET', '/api/v1/admin/audit-events?limit=5000', { token: adminToken });
      expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'limit' }] });
    });

    it('keeps the audit log append-only in the database itself', async () => {
      await expect(stack.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
      await expect(stack.db.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    });
  });
});
