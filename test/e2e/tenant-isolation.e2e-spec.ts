import { waitFor, type UserFixture } from '@puente/testing';
import { PuenteStack } from './support/puente-stack';

interface Tenant {
  organizationId: string;
  owner: UserFixture;
  member: UserFixture;
  ownerToken: string;
  memberToken: string;
  invitationIds: string[];
  invitedEmails: string[];
  noticeIds: string[];
}

/**
 * Every list route that shows per-organization data, called by two organizations that both have
 * members, invitations, notices and audit entries: each sees all of its own rows and none of the other's.
 * (An empty second tenant would let a missing WHERE pass unnoticed.)
 */
describe('two tenants with data', () => {
  let stack: PuenteStack;
  let buyer: Tenant;
  let supplier: Tenant;
  let adminToken: string;

  async function tenant(kind: 'buyer' | 'supplier', name: string, country: string): Promise<Tenant> {
    const organization = await stack.factory.organization({ kind, name, country });
    const owner = await stack.factory.user(organization.id, { role: 'owner' });
    const member = await stack.factory.user(organization.id, { role: 'member' });
    const ownerToken = (await stack.http.signIn(owner.email, owner.password)).accessToken;
    const memberToken = (await stack.http.signIn(member.email, member.password)).accessToken;
    const invitedEmails = [`${kind}-first@invitee.example`, `${kind}-second@invitee.example`];
    const invitationIds: string[] = [];
    for (const email of invitedEmails) {
      const invited = await stack.http.call('POST', '/api/v1/team/invitations', { token: ownerToken, body: { email, role: 'member' } });
      expect(invited.status).toBe(201);
      invitationIds.push(invited.body.id);
    }
    // Two role changes: two notices for the member, two audit entries for the organization.
    for (const role of ['owner', 'member']) {
      expect((await stack.http.call('PATCH', `/api/v1/team/members/${member.userId}`, { token: ownerToken, body: { role } })).status).toBe(200);
    }
    const noticeIds = await waitFor(async () => {
      const notices = await stack.http.call('GET', '/api/v1/notifications', { token: memberToken });
      return notices.body.data.length === 2 ? notices.body.data.map((notice: { id: string }) => notice.id) : undefined;
    }, `the ${kind}'s notices`);
    return { organizationId: organization.id, owner, member, ownerToken, memberToken, invitationIds, invitedEmails, noticeIds };
  }

  /** Everything that identifies a tenant's rows; none of it may appear in the other tenant's answers. */
  const fingerprints = (of: Tenant) => [
    of.organizationId,
    of.owner.userId,
    of.owner.email,
    of.member.userId,
    of.member.email,
    ...of.invitationIds,
    ...of.invitedEmails,
    ...of.noticeIds,
  ];

  function expectNothingOf(other: Tenant, body: unknown): void {
    const text = JSON.stringify(body);
    expect(fingerprints(other).filter((fingerprint) => text.includes(fingerprint))).toEqual([]);
  }

  beforeAll(async () => {
    stack = await PuenteStack.start();
    buyer = await tenant('buyer', 'Lone Star Tenancy', 'US');
    supplier = await tenant('supplier', 'Maquinados Inquilino', 'MX');
    const admin = await stack.factory.user((await stack.factory.platformOrganization()).id);
    adminToken = (await stack.http.signIn(admin.email, admin.password)).accessToken;
  });
  afterAll(() => stack.stop());

  const sides = ['buyer', 'supplier'] as const;
  /** The calling tenant and the other one. */
  const tenants = (side: (typeof sides)[number]): [Tenant, Tenant] => (side === 'buyer' ? [buyer, supplier] : [supplier, buyer]);

  it.each(sides)('team members: the %s sees exactly its own people', async (side) => {
    const [own, other] = tenants(side);
    for (const token of [own.ownerToken, own.memberToken]) {
      const members = await stack.http.call('GET', '/api/v1/team/members', { token });
      expect(members.status).toBe(200);
      expect(members.body.data.map((row: { userId: string }) => row.userId).sort()).toEqual([own.owner.userId, own.member.userId].sort());
      expectNothingOf(other, members.body);
    }
  });

  it.each(sides)('team invitations: the %s owner sees exactly its own pending invitations and cannot revoke the other’s', async (side) => {
    const [own, other] = tenants(side);
    const invitations = await stack.http.call('GET', '/api/v1/team/invitations', { token: own.ownerToken });
    expect(invitations.status).toBe(200);
    expect(invitations.body.data.map((row: { id: string }) => row.id).sort()).toEqual([...own.invitationIds].sort());
    expect(invitations.body.data.map((row: { email: string }) => row.email).sort()).toEqual([...own.invitedEmails].sort());
    expectNothingOf(other, invitations.body);
    // Nor can it revoke the other's.
    expect((await stack.http.call('DELETE', `/api/v1/team/invitations/${other.invitationIds[0]}`, { token: own.ownerToken })).status).toBe(404);
  });

  it.each(sides)('notifications: the %s member sees exactly its own notices and counts, and cannot mark the other’s', async (side) => {
    const [own, other] = tenants(side);
    const notices = await stack.http.call('GET', '/api/v1/notifications', { token: own.memberToken });
    expect(notices.body.data.map((row: { id: string }) => row.id).sort()).toEqual([...own.noticeIds].sort());
    expectNothingOf(other, notices.body);
    expect((await stack.http.call('GET', '/api/v1/notifications/unread-count', { token: own.memberToken })).body).toEqual({ unread: 2 });
    expect((await stack.http.call('POST', `/api/v1/notifications/${other.noticeIds[0]}/read`, { token: own.memberToken })).status).toBe(404);
    // The other's notice is still unread: the refused read mark changed nothing.
    expect((await stack.http.call('GET', '/api/v1/notifications/unread-count', { token: other.memberToken })).body).toEqual({ unread: 2 });
  });

  it.each(sides)('audit log filtered by the %s: every entry is about it, none about the other', async (side) => {
    const [own, other] = tenants(side);
    const audit = await stack.http.call('GET', `/api/v1/admin/audit-events?organizationId=${own.organizationId}&limit=100`, { token: adminToken });
    expect(audit.status).toBe(200);
    const events = audit.body.data as Array<{ organizationId: string; action: string; targetId: string | null }>;
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.every((event) => event.organizationId === own.organizationId)).toBe(true);
    // Its own invitations and role changes are there...
    expect(events.map((event) => event.targetId)).toEqual(expect.arrayContaining([...own.invitationIds, own.member.userId]));
    // ...and nothing that identifies the other tenant.
    expectNothingOf(other, audit.body);
  });
});
