import { waitFor } from '@puente/testing';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { stackQueue } from './support/rfq-stack';
import { buyerParty, invite, publishedRfq, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

const ACTIVITY = 'sourcing.supplier.activity';
const CONSUMER = 'sourcing.supplier-response-stats';

/**
 * Response statistics end to end on the built API and worker: each change writes its supplier-activity
 * event in its own transaction, the worker recomputes the figures, the public track record answers them
 * with the ratings, as visible as the profile; a replayed event changes nothing.
 */
describe('supplier track record', () => {
  let stack: PuenteStack;
  let events: Queue;
  let buyer: BuyerParty;
  let admin: string;
  let bajio: SupplierParty;
  let border: SupplierParty;
  let saltillo: SupplierParty;
  let rfqId: string;
  const call = (method: string, path: string, token?: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });
  const statsOf = async (supplierId: string) => (await stack.db.query('SELECT * FROM supplier_response_stats WHERE supplier_id = $1', [supplierId]))[0];
  const allStats = () => stack.db.query('SELECT * FROM supplier_response_stats ORDER BY supplier_id');
  /** Every supplier-activity event written so far has been consumed. */
  const settled = () =>
    waitFor(async () => {
      const [{ n }] = await stack.db.query(
        `SELECT count(*)::int AS n FROM outbox_messages o WHERE o.topic = $1
            AND NOT EXISTS (SELECT 1 FROM processed_messages p WHERE p.message_id = o.message_id AND p.consumer = $2)`,
        [ACTIVITY, CONSUMER],
      );
      return n === 0 || undefined;
    }, 'the worker consuming every supplier-activity event');

  beforeAll(async () => {
    stack = await PuenteStack.start();
    events = stackQueue(stack, 'events');
    const adminUser = await stack.factory.user((await stack.factory.platformOrganization()).id);
    admin = (await stack.http.signIn(adminUser.email, adminUser.password)).accessToken;
    buyer = await buyerParty(stack, 'Lone Star Robotics', 'en');
    bajio = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    border = await supplierParty(stack, 'Border Precision', 'en');
    saltillo = await supplierParty(stack, 'Troqueles de Saltillo', 'es');

    // All three invited two hours ago; Bajío quotes, Saltillo declines, Border says nothing; the buyer
    // closes and awards Bajío every line.
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Track record brackets' });
    rfqId = rfq.id;
    for (const supplier of [bajio, border, saltillo]) await invite(stack, rfqId, supplier);
    await stack.db.query(`UPDATE rfq_invitations SET created_at = clock_timestamp() - interval '2 hours' WHERE rfq_id = $1`, [rfqId]);
    const quote = await submitQuote(stack, bajio, rfqId, quoteBody(rfq, await plantOf(stack, bajio)));
    const [{ id: invitationId }] = await stack.db.query('SELECT id FROM rfq_invitations WHERE rfq_id = $1 AND supplier_id = $2', [rfqId, saltillo.supplierId]);
    expect((await call('POST', `/invitations/${invitationId}/decline`, saltillo.token, { reason: 'no_capacity' })).status).toBe(200);
    expect((await call('POST', `/rfqs/${rfqId}/close`, buyer.token)).status).toBe(200);
    const award = await call('POST', `/rfqs/${rfqId}/award`, buyer.token, { quoteId: quote.id, lineIds: rfq.lines.map((line: { id: string }) => line.id) });
    expect(award.status).toBe(200);
    // Rated by the buyer, answered by Bajío (rows written directly: the rating routes have their own suite).
    await stack.db.query(
      `INSERT INTO supplier_ratings (rfq_id, quote_id, supplier_id, supplier_organization_id, buyer_organization_id, quality, communication, on_time, comment,
                                     rated_by, created_at, updated_at, editable_until, reply, replied_by, replied_at)
       VALUES ($1, $2, $3, $4, $5, 5, 4, 3, 'Good parts, a little late', $6, '2026-12-01T12:00:00Z', '2026-12-01T12:00:00Z', '2026-12-31T12:00:00Z',
               'Gracias: ajustamos la programación', $7, '2026-12-02T12:00:00Z')`,
      [rfqId, quote.id, bajio.supplierId, bajio.organizationId, buyer.organizationId, buyer.user.userId, bajio.user.userId],
    );
    await settled();
  });
  afterAll(async () => {
    await events?.close();
    await stack?.stop();
  });

  it('writes one supplier-activity event per change, naming the suppliers it concerns', async () => {
    const rows: Array<{ payload: { reason: string; supplierIds: string[] } }> = await stack.db.query(`SELECT payload FROM outbox_messages WHERE topic = $1 ORDER BY id`, [ACTIVITY]);
    expect(rows.map((row) => row.payload)).toEqual([
      { reason: 'quoted', supplierIds: [bajio.supplierId] },
      { reason: 'declined', supplierIds: [saltillo.supplierId] },
      { reason: 'closed', supplierIds: [bajio.supplierId, border.supplierId, saltillo.supplierId].sort() },
      { reason: 'awarded', supplierIds: [bajio.supplierId] },
    ]);
  });

  it('computes each supplier’s figures in the worker', async () => {
    expect(await statsOf(bajio.supplierId)).toMatchObject({ invitations_due: 1, invitations_answered: 1, quotes_submitted: 1, median_minutes_to_quote: 120, quotes_decided: 1, quotes_awarded: 1 });
    expect(await statsOf(border.supplierId)).toMatchObject({ invitations_due: 1, invitations_answered: 0, quotes_submitted: 0, median_minutes_to_quote: null, quotes_decided: 0 });
    expect(await statsOf(saltillo.supplierId)).toMatchObject({ invitations_due: 1, invitations_answered: 1, quotes_submitted: 0, median_minutes_to_quote: null });
  });

  it('answers the public track record to anyone: averages, figures, the newest ratings with replies', async () => {
    const result = await call('GET', `/suppliers/${bajio.supplierId}/track-record`);
    expect(result.status).toBe(200);
    const computedAt = (await statsOf(bajio.supplierId)).computed_at.toISOString();
    expect(result.body).toEqual({
      supplierId: bajio.supplierId,
      // (5 + 4 + 3) / 3 = 4.0
      rating: { count: 1, quality: '5.0', communication: '4.0', onTime: '3.0', overall: '4.0' },
      responseStats: {
        invitationsDue: 1,
        invitationsAnswered: 1,
        responseRate: '1.0000',
        quotesSubmitted: 1,
        medianMinutesToQuote: 120,
        quotesDecided: 1,
        quotesAwarded: 1,
        awardRate: '1.0000',
        computedAt,
      },
      recentRatings: [
        expect.objectContaining({
          rfqId,
          supplierId: bajio.supplierId,
          quality: 5,
          communication: 4,
          onTime: 3,
          comment: 'Good parts, a little late',
          reply: { text: 'Gracias: ajustamos la programación', repliedAt: '2026-12-02T12:00:00.000Z' },
        }),
      ],
    });
    const silent = await call('GET', `/suppliers/${border.supplierId}/track-record`, buyer.token);
    expect(silent.body).toMatchObject({ rating: { count: 0, overall: null }, responseStats: { responseRate: '0.0000', awardRate: null }, recentRatings: [] });
  });

  it('is exactly as visible as the profile: the same 404 for an unknown or suspended supplier', async () => {
    const unknown = randomUUID();
    const [profile, record] = await Promise.all([call('GET', `/suppliers/${unknown}`), call('GET', `/suppliers/${unknown}/track-record`)]);
    expect([profile.status, record.status]).toEqual([404, 404]);
    expect(record.body.error.code).toBe(profile.body.error.code);
    expect((await call('GET', '/suppliers/not-a-uuid/track-record')).status).toBe(400);

    expect((await call('POST', `/admin/suppliers/${border.supplierId}/suspend`, admin)).status).toBe(200);
    const hidden = await call('GET', `/suppliers/${border.supplierId}/track-record`);
    expect([hidden.status, hidden.body.error.code]).toEqual([404, (await call('GET', `/suppliers/${border.supplierId}`)).body.error.code]);
    // The owner still reads its own, as it reads its own profile.
    expect((await call('GET', `/suppliers/${border.supplierId}/track-record`, border.token)).status).toBe(200);
    expect((await call('POST', `/admin/suppliers/${border.supplierId}/unsuspend`, admin)).status).toBe(200);
  });

  it('changes nothing when an event is replayed: the inbox skips it, and a forced rerun computes the same rows', async () => {
    const before = await allStats();
    const processed = async () => (await stack.db.query('SELECT count(*)::int AS n FROM processed_messages WHERE consumer = $1', [CONSUMER]))[0].n;
    const processedBefore = await processed();
    const [closed] = await stack.db.query(`SELECT message_id FROM outbox_messages WHERE topic = $1 AND payload->>'reason' = 'closed'`, [ACTIVITY]);
    const job = await waitFor(async () => (await events.getJob(`outbox-${closed.message_id}`)) ?? undefined, 'the job');

    await events.add(job.name, job.data, { jobId: `outbox-${closed.message_id}-replayed` });
    await waitFor(async () => (await events.getJob(`outbox-${closed.message_id}-replayed`))?.finishedOn, 'the replayed job');
    expect(await allStats()).toEqual(before);
    expect(await processed()).toBe(processedBefore);

    // Without its inbox row the consumer really runs again: the rows stay as they were, computed_at included.
    await stack.db.query('DELETE FROM processed_messages WHERE consumer = $1 AND message_id = $2', [CONSUMER, closed.message_id]);
    await events.add(job.name, job.data, { jobId: `outbox-${closed.message_id}-rerun` });
    await waitFor(async () => (await events.getJob(`outbox-${closed.message_id}-rerun`))?.finishedOn, 'the rerun job');
    expect(await processed()).toBe(processedBefore);
    expect(await allStats()).toEqual(before);
  });
});
