import { waitFor, type UserFixture } from '@puente/testing';
import { PuenteStack } from './support/puente-stack';
import { claimedSupplier, indexSuppliers, insertPublishedRfq, type PublishedRfqOptions, type SupplierFixture } from './support/rfq-stack';

// The supplier's side of RFQs on the built API and worker: the feed (open public RFQs and the caller's
// invitations, ranked by fit to its own profile), its filters and pages, the invitations list and decline.

const DAY = 86_400_000;
const CNC = 'proc.machining.cnc-machining';
const BOXES = 'proc.packaging.corrugated-boxes';

interface FeedItem {
  rfq: { id: string; title: string; quoteDeadline: string };
  invitationId: string | null;
  score: number;
  explanation: { matchedConcepts: Array<{ code: string }>; components: unknown[] };
}

describe('the supplier’s RFQ feed, invitations and decline', () => {
  let stack: PuenteStack;
  let buyer: UserFixture & { token: string };
  let machining: SupplierFixture;
  let packaging: SupplierFixture;
  let noProfile: string;
  const rfqs: Record<string, string> = {};

  const feed = async (token: string, query = '') => stack.http.call('GET', `/api/v1/rfq-feed${query}`, { token });
  const titles = (items: FeedItem[]) => items.map((item) => item.rfq.title);
  const invitationOf = async (rfqId: string, organizationId: string) =>
    (
      await stack.db.query('SELECT i.id FROM rfq_invitations i JOIN supplier_profiles p ON p.id = i.supplier_id WHERE i.rfq_id = $1 AND p.organization_id = $2', [
        rfqId,
        organizationId,
      ])
    )[0]?.id as string | undefined;

  beforeAll(async () => {
    // No sweep during the suite: the decline past the deadline must be refused by the clock check itself.
    stack = await PuenteStack.start({ RFQ_DEADLINE_SWEEP_SECONDS: '3600' });
    const buyerOrganization = await stack.factory.organization({ name: 'Lone Star Robotics' });
    const buyerUser = await stack.factory.user(buyerOrganization.id);
    buyer = { ...buyerUser, token: (await stack.http.signIn(buyerUser.email, buyerUser.password)).accessToken };
    machining = await claimedSupplier(stack, {
      name: 'Maquinados del Bajío',
      languages: ['es'],
      listing: { processes: [CNC], materials: ['mat.aluminum'], activityText: 'Maquinado CNC de aluminio', state: '11', municipality: 'Celaya' },
    });
    packaging = await claimedSupplier(stack, { name: 'Empaques del Norte', languages: ['en'], listing: { processes: [BOXES], activityText: 'Cajas de cartón corrugado' } });
    const bare = await stack.factory.user((await stack.factory.organization({ kind: 'supplier', name: 'Sin Perfil', country: 'MX', language: 'es' })).id);
    noProfile = (await stack.http.signIn(bare.email, bare.password)).accessToken;
    await indexSuppliers(stack, [machining.supplierId, packaging.supplierId]);

    const rfq = (title: string, days: number, extra: Partial<PublishedRfqOptions> & { processes: string[] }) =>
      insertPublishedRfq(stack, {
        buyerOrganizationId: buyerOrganization.id,
        createdBy: buyer.userId,
        title,
        lines: [{ partName: title, processes: extra.processes, materials: extra.processes.includes(CNC) ? ['mat.aluminum'] : [], quantities: [1000] }],
        quoteDeadline: new Date(Date.now() + days * DAY),
        ...extra,
      });
    rfqs.invited = (await rfq('Invited housings', 5, { processes: [CNC] })).rfqId;
    rfqs.fit = (await rfq('Aluminum brackets', 4, { processes: [CNC], fanOut: false })).rfqId;
    rfqs.boxes = (await rfq('Shipping boxes', 2, { processes: [BOXES], fanOut: false })).rfqId;
    rfqs.private = (await rfq('Private machined covers', 3, { processes: [CNC], visibility: 'invite_only', buyerPicks: [packaging.supplierId] })).rfqId;
    rfqs.closed = (await rfq('Closed already', 6, { processes: [CNC], state: 'closed' })).rfqId;
    await waitFor(async () => ((await invitationOf(rfqs.invited, machining.organizationId)) && (await invitationOf(rfqs.private, packaging.organizationId))) || undefined, 'the fan-out');
  });
  afterAll(() => stack?.stop());

  it('ranks the caller’s invitations first, then open public RFQs by fit to its own profile, with explanations', async () => {
    const result = await feed(machining.members[0].token);
    expect(result.status).toBe(200);
    const items = result.body.items as FeedItem[];
    expect(result.body.rankedBy).toBe('fit');
    expect(titles(items)).toEqual(['Invited housings', 'Aluminum brackets', 'Shipping boxes']);
    expect(items[0].invitationId).toBe(await invitationOf(rfqs.invited, machining.organizationId));
    expect(items[1]).toMatchObject({ invitationId: null });
    expect(items[1].explanation.matchedConcepts.map((concept) => concept.code)).toContain(CNC);
    expect(items[1].score).toBeGreaterThan(items[2].score);

    // The same RFQs, inverted for the packaging supplier: its invitation to the invite-only RFQ, then boxes first.
    const other = (await feed(packaging.members[0].token)).body.items as FeedItem[];
    expect(titles(other)[0]).toBe('Private machined covers');
    expect(titles(other)[1]).toBe('Shipping boxes');
    expect(titles(other)).not.toContain('Closed already');
  });

  it('filters by process (a family too) and by deadline, and refuses an unknown process', async () => {
    const token = machining.members[0].token;
    expect(titles((await feed(token, '?process=proc.packaging')).body.items)).toEqual(['Shipping boxes']);
    expect(titles((await feed(token, `?process=${CNC}`)).body.items)).toEqual(['Invited housings', 'Aluminum brackets']);
    const before = new Date(Date.now() + 3 * DAY).toISOString();
    expect(titles((await feed(token, `?deadlineBefore=${encodeURIComponent(before)}`)).body.items)).toEqual(['Shipping boxes']);
    const unknown = await feed(token, '?process=proc.nothing-like-it');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([expect.objectContaining({ field: 'process', issue: 'unknown_code' })]);
  });

  it('pages without repeating or skipping', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const result = await feed(machining.members[0].token, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(result.status).toBe(200);
      seen.push(...titles(result.body.items));
      cursor = result.body.nextCursor;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual(['Invited housings', 'Aluminum brackets', 'Shipping boxes']);
  });

  it('ranks by deadline, and says so, for a supplier without a published profile', async () => {
    const result = await feed(noProfile);
    expect(result.status).toBe(200);
    expect(result.body.rankedBy).toBe('deadline');
    expect(titles(result.body.items)).toEqual(['Shipping boxes', 'Aluminum brackets', 'Invited housings']);
    expect((result.body.items as FeedItem[]).every((item) => item.score === 0 && item.explanation.components.length === 0)).toBe(true);
  });

  it('lists each supplier organization’s own invitations only, though both have some', async () => {
    const own = async (token: string) => ((await stack.http.call('GET', '/api/v1/invitations', { token })).body.data as Array<{ rfq: { id: string } }>).map((i) => i.rfq.id);
    expect(await own(machining.members[0].token)).toEqual([rfqs.invited]);
    expect(await own(packaging.members[0].token)).toEqual([rfqs.private]);
    expect(await own(noProfile)).toEqual([]);
    expect((await stack.http.call('GET', '/api/v1/invitations', { token: buyer.token })).status).toBe(403);
  });

  it('declines with a reason the buyer sees counted; twice is 409, another organization’s is 404', async () => {
    const invitationId = (await invitationOf(rfqs.invited, machining.organizationId)) as string;
    const decline = (token: string, body: unknown = { reason: 'no_capacity', note: 'Full until March' }) =>
      stack.http.call('POST', `/api/v1/invitations/${invitationId}/decline`, { token, body });
    expect((await decline(packaging.members[0].token)).status).toBe(404);
    const declined = await decline(machining.members[0].token);
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ id: invitationId, state: 'declined', declineReason: 'no_capacity', rfq: { id: rfqs.invited, title: 'Invited housings' } });
    const again = await decline(machining.members[0].token);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('INVITATION_INVALID_TRANSITION');

    const forBuyer = await stack.http.call('GET', `/api/v1/rfqs/${rfqs.invited}/invitations`, { token: buyer.token });
    expect(forBuyer.body.declines).toEqual({ no_capacity: 1, not_our_process: 0, volume_too_low: 0, other: 0 });
    expect(forBuyer.body.data.find((i: { id: string }) => i.id === invitationId)).toMatchObject({ state: 'declined', declineNote: 'Full until March' });
    const [audit] = await stack.db.query(`SELECT actor_user_id FROM audit_events WHERE action = 'rfq.invitation_declined' AND target_id = $1`, [invitationId]);
    expect(audit.actor_user_id).toBe(machining.members[0].userId);
  });

  it('refuses a decline once the RFQ’s deadline has passed, even before anything closed it', async () => {
    const invitationId = (await invitationOf(rfqs.private, packaging.organizationId)) as string;
    await stack.db.query(`UPDATE rfqs SET quote_deadline = now() - interval '1 second' WHERE id = $1`, [rfqs.private]);
    const result = await stack.http.call('POST', `/api/v1/invitations/${invitationId}/decline`, { token: packaging.members[0].token, body: { reason: 'other' } });
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('RFQ_CLOSED');
    expect(result.body.error.details).toEqual([expect.objectContaining({ field: 'quoteDeadline' })]);
  });
});
