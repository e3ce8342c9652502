import { insertDirectoryListing, waitFor, type UserFixture } from '@puente/testing';
import type { Queue } from 'bullmq';
import { PuenteStack } from './support/puente-stack';
import { claimedSupplier, indexSuppliers, insertPublishedRfq, stackQueue, type SupplierFixture } from './support/rfq-stack';
import { publishedRfq } from './support/rfq-world';

// The worker's fan-out of a published RFQ, on the built API and worker: matching through the search
// context, claimed profiles first, unclaimed listings invited without a notice, the buyer's picks, notices
// in each member's language, and replays of the outbox row and of the job that create nothing twice.

const CNC = 'proc.machining.cnc-machining';
const HOUR = 3_600_000;

interface InvitationBody {
  supplier: { id: string; claimed: boolean };
  source: string;
  rank: number | null;
  score: number | null;
  explanation: { matchedConcepts: Array<{ code: string }> } | null;
  notifiedAt: string | null;
}

describe('RFQ fan-out through the worker', () => {
  let stack: PuenteStack;
  let events: Queue;
  let buyer: UserFixture & { token: string };
  let otherBuyer: string;
  let maquinados: SupplierFixture;
  let torneados: SupplierFixture;
  let suspendedOrg: SupplierFixture;
  let latePick: SupplierFixture;
  let unclaimedAluminum: string;
  let unclaimedPlain: string;
  let boxes: string;
  let rfqId: string;
  let publishedOutboxId: string | null;

  const invitations = async (): Promise<InvitationBody[]> => {
    const result = await stack.http.call('GET', `/api/v1/rfqs/${rfqId}/invitations`, { token: buyer.token });
    expect(result.status).toBe(200);
    return result.body.data;
  };
  const invitationCount = async () => (await stack.db.query('SELECT count(*)::int AS n FROM rfq_invitations WHERE rfq_id = $1', [rfqId]))[0].n as number;
  const noticesOf = async (userId: string, type: string) =>
    (await stack.db.query('SELECT params FROM notifications WHERE user_id = $1 AND type = $2', [userId, type])) as Array<{ params: Record<string, unknown> }>;
  const mailsOf = async (email: string, template: string) => (await stack.mail.all()).filter((mail) => mail.to === email && mail.template === template);
  /** Everything the fan-out produced, to compare before and after a replay. */
  const effects = async () => ({
    invitations: await invitationCount(),
    notices: (await stack.db.query(`SELECT count(*)::int AS n FROM notifications WHERE type IN ('rfq.invited', 'rfq.invitations-sent')`))[0].n,
    mails: (await stack.mail.all()).filter((mail) => mail.template.startsWith('rfq.invit')).length,
  });

  beforeAll(async () => {
    stack = await PuenteStack.start({ RFQ_INVITE_TOP_N: '4' });
    events = stackQueue(stack, 'events');
    const buyerOrganization = await stack.factory.organization({ name: 'Lone Star Robotics' });
    const buyerUser = await stack.factory.user(buyerOrganization.id, { language: 'en' });
    buyer = { ...buyerUser, token: (await stack.http.signIn(buyerUser.email, buyerUser.password)).accessToken };
    const other = await stack.factory.user((await stack.factory.organization({ name: 'Other Buyer' })).id);
    otherBuyer = (await stack.http.signIn(other.email, other.password)).accessToken;

    const aluminumCnc = { processes: [CNC], materials: ['mat.aluminum'], activityText: 'Maquinado CNC de piezas de aluminio' };
    maquinados = await claimedSupplier(stack, { name: 'Maquinados del Bajío', languages: ['es', 'en'], listing: { ...aluminumCnc, state: '11', municipality: 'Celaya' } });
    torneados = await claimedSupplier(stack, { name: 'Torneados de Querétaro', languages: ['es'], listing: { ...aluminumCnc, state: '22', municipality: 'Querétaro' } });
    suspendedOrg = await claimedSupplier(stack, { name: 'Maquinados Suspendidos', languages: ['es'], listing: aluminumCnc });
    latePick = await claimedSupplier(stack, { name: 'Empaques del Norte', languages: ['en'], listing: { processes: ['proc.packaging.corrugated-boxes'], activityText: 'Cajas de cartón' } });
    unclaimedAluminum = (await insertDirectoryListing(stack.db, aluminumCnc)).supplierId;
    unclaimedPlain = (await insertDirectoryListing(stack.db, { processes: [CNC], activityText: 'Taller de maquinado' })).supplierId;
    boxes = (await insertDirectoryListing(stack.db, { processes: ['proc.packaging.corrugated-boxes'], activityText: 'Cajas de cartón corrugado' })).supplierId;
    await indexSuppliers(stack, [maquinados, torneados, suspendedOrg, latePick].map((s) => s.supplierId).concat(unclaimedAluminum, unclaimedPlain, boxes));
    // Suspended after it was indexed: the matching still returns it; the insert must skip it.
    await stack.db.query('UPDATE organizations SET suspended_at = now() WHERE id = $1', [suspendedOrg.organizationId]);

    ({ rfqId, publishedOutboxId } = await insertPublishedRfq(stack, {
      buyerOrganizationId: buyerOrganization.id,
      createdBy: buyer.userId,
      title: 'Aluminum CNC housings',
      lines: [{ partName: 'Housing', processes: [CNC], materials: ['mat.aluminum'], quantities: [500, 1000] }],
      quoteDeadline: new Date(Date.now() + 48 * HOUR),
      buyerPicks: [boxes],
    }));
  });
  afterAll(async () => {
    await events?.close();
    await stack?.stop();
  });

  it('invites the top N, claimed profiles first, skips an organization suspended since the match, and adds the buyer’s picks', async () => {
    await waitFor(async () => (await invitationCount()) > 0 || undefined, 'the invitations');
    const list = await invitations();
    // N = 4: three claimed profiles matched, one of them suspended at insert time, then the best unclaimed listing.
    // (The three claimed profiles score alike, so which place the suspended one held varies.)
    expect(list.map((invitation) => [invitation.supplier.id, invitation.source])).toEqual([
      [expect.any(String), 'match'],
      [expect.any(String), 'match'],
      [unclaimedAluminum, 'match'],
      [boxes, 'buyer'],
    ]);
    expect([1, 2, 3]).toEqual(expect.arrayContaining(list.slice(0, 2).map((invitation) => invitation.rank)));
    expect(list.slice(2).map((invitation) => invitation.rank)).toEqual([4, null]);
    expect(new Set(list.slice(0, 2).map((invitation) => invitation.supplier.id))).toEqual(new Set([maquinados.supplierId, torneados.supplierId]));
    expect(list.map((invitation) => invitation.supplier.id)).not.toContain(suspendedOrg.supplierId);
    expect(list.map((invitation) => invitation.supplier.id)).not.toContain(unclaimedPlain);
    // Each stores its match explanation; the buyer's pick outside the match is scored on its own.
    expect(list[0].explanation?.matchedConcepts.map((concept) => concept.code)).toContain(CNC);
    expect(list[3].score).toEqual(expect.any(Number));
    // Unclaimed listings have nobody to tell.
    expect(list.map((invitation) => invitation.notifiedAt !== null)).toEqual([true, true, false, false]);
    // In the same transaction: the invited suppliers' response figures are due a recomputation.
    const activity = await stack.db.query(`SELECT payload FROM outbox_messages WHERE topic = 'sourcing.supplier.activity' AND payload->>'reason' = 'invited'`);
    expect(activity).toEqual([{ payload: { reason: 'invited', supplierIds: list.map((invitation) => invitation.supplier.id).sort() } }]);
  });

  it('tells every member of each invited organization in their own language, in the app and by e-mail, and the buyer how many', async () => {
    const [spanish, english] = maquinados.members;
    const es = (await stack.mail.waitFor(spanish.email, 'rfq.invited')).subject;
    const en = (await stack.mail.waitFor(english.email, 'rfq.invited')).subject;
    expect(es).toBe('Lone Star Robotics te invita a cotizar: Aluminum CNC housings');
    expect(en).toBe('Lone Star Robotics invites you to quote: Aluminum CNC housings');
    const mail = await stack.mail.waitFor(torneados.members[0].email, 'rfq.invited');
    expect(mail.language).toBe('es');
    expect(mail.text).toContain(`/opportunities/${rfqId}`);
    for (const member of [...maquinados.members, ...torneados.members]) {
      expect((await noticesOf(member.userId, 'rfq.invited')).map((notice) => notice.params.rfqTitle)).toEqual(['Aluminum CNC housings']);
    }
    expect(await noticesOf(suspendedOrg.members[0].userId, 'rfq.invited')).toEqual([]);
    expect(await mailsOf(suspendedOrg.members[0].email, 'rfq.invited')).toEqual([]);
    const sent = await waitFor(async () => (await noticesOf(buyer.userId, 'rfq.invitations-sent'))[0], 'the buyer’s notice');
    expect(sent.params).toMatchObject({ invitedCount: 4, rfqTitle: 'Aluminum CNC housings' });
  });

  it('shows the invitations to the buyer only: another buyer gets 404', async () => {
    const result = await stack.http.call('GET', `/api/v1/rfqs/${rfqId}/invitations`, { token: otherBuyer });
    expect(result.status).toBe(404);
    const supplier = await stack.http.call('GET', `/api/v1/rfqs/${rfqId}/invitations`, { token: maquinados.members[0].token });
    expect(supplier.status).toBe(403);
  });

  it('creates nothing twice when the outbox row is relayed again', async () => {
    const before = await effects();
    const [{ message_id: messageId }] = await stack.db.query('SELECT message_id FROM outbox_messages WHERE id = $1', [publishedOutboxId]);
    // The completed job is removed so that the relay's second delivery really runs the consumers again.
    await (await events.getJob(`outbox-${messageId}`))?.remove();
    expect(await events.getJob(`outbox-${messageId}`)).toBeUndefined();
    await stack.db.query('UPDATE outbox_messages SET sent_at = NULL WHERE id = $1', [publishedOutboxId]);
    await waitFor(async () => (await events.getJob(`outbox-${messageId}`))?.finishedOn, 'the relayed job to run again');
    await waitFor(async () => (await stack.db.query('SELECT sent_at FROM outbox_messages WHERE id = $1', [publishedOutboxId]))[0].sent_at, 'the row marked sent again');
    expect(await effects()).toEqual(before);
  });

  it('creates nothing twice when the job is replayed', async () => {
    const before = await effects();
    const [{ message_id: messageId }] = await stack.db.query('SELECT message_id FROM outbox_messages WHERE id = $1', [publishedOutboxId]);
    const job = await waitFor(async () => (await events.getJob(`outbox-${messageId}`)) ?? undefined, 'the job');
    await events.add(job.name, job.data, { jobId: `outbox-${messageId}-replayed` });
    await waitFor(async () => (await events.getJob(`outbox-${messageId}-replayed`))?.finishedOn, 'the replayed job');
    expect(await effects()).toEqual(before);
  });

  it('a new published version (an amendment adding a pick) is matched again but invites only suppliers new to the RFQ', async () => {
    const before = await effects();
    await stack.db.query('UPDATE rfqs SET version = 2, buyer_picks = buyer_picks || $2::uuid WHERE id = $1', [rfqId, latePick.supplierId]);
    await stack.db.transaction(async (manager) => {
      await manager.query(`INSERT INTO outbox_messages (topic, payload, created_at) VALUES ('sourcing.rfq.published', $1, now())`, [JSON.stringify({ rfqId, version: 2 })]);
    });
    const mail = await stack.mail.waitFor(latePick.members[0].email, 'rfq.invited');
    expect(mail.language).toBe('en');
    await waitFor(async () => (await noticesOf(buyer.userId, 'rfq.invitations-sent')).length === 2 || undefined, 'the buyer’s second notice');
    const list = await invitations();
    expect(list).toHaveLength(before.invitations + 1);
    expect(list.find((invitation) => invitation.supplier.id === latePick.supplierId)).toMatchObject({ source: 'buyer', rank: null });
    expect((await noticesOf(buyer.userId, 'rfq.invitations-sent')).map((notice) => notice.params.invitedCount)).toEqual(expect.arrayContaining([4, 1]));
    // Nobody invited before was told again.
    expect(await mailsOf(maquinados.members[0].email, 'rfq.invited')).toHaveLength(1);
  });

  it('a buyer publishing and amending through the API: the worker invites the matched suppliers, then the new pick, and tells each in their language', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Anodized aluminum covers', certifications: [], invitedSupplierIds: [] });
    const mailTo = (member: { email: string }) =>
      waitFor(async () => (await mailsOf(member.email, 'rfq.invited')).find((mail) => mail.text.includes(`/opportunities/${rfq.id}`)), 'the invitation e-mail');
    const [spanish, english] = maquinados.members;
    expect((await mailTo(spanish)).subject).toBe('Lone Star Robotics te invita a cotizar: Anodized aluminum covers');
    expect((await mailTo(english)).subject).toBe('Lone Star Robotics invites you to quote: Anodized aluminum covers');
    await mailTo(torneados.members[0]);
    const list = async () => (await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/invitations`, { token: buyer.token })).body.data as InvitationBody[];
    expect(new Set((await list()).filter((i) => i.source === 'match' && i.supplier.claimed).map((i) => i.supplier.id))).toEqual(
      new Set([maquinados.supplierId, torneados.supplierId]),
    );

    const amended = await stack.http.call('PATCH', `/api/v1/rfqs/${rfq.id}`, {
      token: buyer.token,
      body: { invitedSupplierIds: [latePick.supplierId], amendmentNote: 'Adding a packaging partner' },
    });
    expect(amended.status).toBe(200);
    expect((await mailTo(latePick.members[0])).language).toBe('en');
    expect((await list()).find((i) => i.supplier.id === latePick.supplierId)).toMatchObject({ source: 'buyer', rank: null });
    // Those invited at publish were not invited or told again.
    expect((await mailsOf(spanish.email, 'rfq.invited')).filter((mail) => mail.text.includes(`/opportunities/${rfq.id}`))).toHaveLength(1);
  });
});
