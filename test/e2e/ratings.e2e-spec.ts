import { waitFor } from '@puente/testing';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, publishedRfq, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

const TWO_LINES = [
  { partName: 'Mounting bracket', partNumber: 'BRK-2291', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000], unit: 'pcs' },
  { partName: 'Heat sink plate', partNumber: 'HSP-0410', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [250, 750], unit: 'pcs' },
];
const DAY_MS = 86_400_000;
const SCORES = { quality: 5, communication: 4, onTime: 3 };

/**
 * Ratings after an award: one per awarded quote (by the database under a race too), changed for 30 days,
 * answered once by the supplier; who may read which; who is told, in their language.
 */
describe('ratings', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let spanishBuyer: BuyerParty;
  let otherBuyer: BuyerParty;
  let bajio: SupplierParty;
  let border: SupplierParty;
  let saltillo: SupplierParty;

  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });
  const mailsOf = (email: string, template: string, title: string) =>
    waitFor(async () => {
      const found = (await stack.mail.all()).filter((mail) => mail.to === email && mail.template === template && mail.subject.includes(title));
      return found.length > 0 ? found : undefined;
    }, `a ${template} mail to ${email}`);
  const ratingRows = async (rfqId: string) => (await stack.db.query('SELECT id, quote_id, reply FROM supplier_ratings WHERE rfq_id = $1 ORDER BY created_at, id', [rfqId])) as Array<{ id: string; quote_id: string; reply: string | null }>;

  /** A closed two-line RFQ of `owner` quoted by the suppliers given; line i awarded to `awarded[i]` (if any). */
  async function awardedRfq(title: string, quoting: SupplierParty[], awarded: SupplierParty[], owner: BuyerParty = buyer) {
    const rfq = await publishedRfq(stack, owner.token, { title, lines: TWO_LINES });
    const quotes: Record<string, string> = {};
    for (const supplier of quoting) quotes[supplier.organizationId] = (await submitQuote(stack, supplier, rfq.id, quoteBody(rfq, await plantOf(stack, supplier)))).id;
    const closed = await call('POST', `/rfqs/${rfq.id}/close`, owner.token);
    if (closed.status !== 200) throw new Error(`close: ${closed.status} ${JSON.stringify(closed.body)}`);
    for (const [index, supplier] of awarded.entries()) {
      const award = await call('POST', `/rfqs/${rfq.id}/award`, owner.token, { quoteId: quotes[supplier.organizationId], lineIds: [rfq.lines[index].id] });
      if (award.status !== 200) throw new Error(`award: ${award.status} ${JSON.stringify(award.body)}`);
    }
    return { rfqId: rfq.id as string, quotes };
  }

  beforeAll(async () => {
    stack = await PuenteStack.start({ RFQ_DEADLINE_SWEEP_SECONDS: '86400' });
    buyer = await buyerParty(stack, 'Lone Star Robotics', 'en');
    spanishBuyer = await buyerParty(stack, 'Ensambles Monterrey', 'es');
    otherBuyer = await buyerParty(stack, 'Gulf Coast Pumps', 'en');
    bajio = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    border = await supplierParty(stack, 'Border Precision', 'en');
    saltillo = await supplierParty(stack, 'Fundiciones Saltillo', 'es');
  });
  afterAll(() => stack?.stop());

  it('rates only a quote awarded on this RFQ, by its buyer; the rating is editable for 30 days', async () => {
    const { rfqId, quotes } = await awardedRfq('Rated brackets', [bajio, saltillo], []);
    const rate = (token: string, body: Record<string, unknown>) => call('POST', `/rfqs/${rfqId}/ratings`, token, body);

    // Before the award: nothing to rate.
    const early = await rate(buyer.token, { quoteId: quotes[bajio.organizationId], ...SCORES });
    expect([early.status, early.body.error.code, early.body.error.details[0].field]).toEqual([409, 'QUOTE_NOT_AWARDED', 'quoteId']);

    expect((await call('POST', `/rfqs/${rfqId}/award`, buyer.token, { quoteId: quotes[bajio.organizationId], lineIds: [(await lineIds(rfqId))[0]] })).status).toBe(200);
    // Saltillo won nothing; another buyer and a supplier may not rate; bad shapes name their fields.
    const lost = await rate(buyer.token, { quoteId: quotes[saltillo.organizationId], ...SCORES });
    expect([lost.status, lost.body.error.code]).toEqual([409, 'QUOTE_NOT_AWARDED']);
    expect((await rate(otherBuyer.token, { quoteId: quotes[bajio.organizationId], ...SCORES })).status).toBe(404);
    expect((await rate(bajio.token, { quoteId: quotes[bajio.organizationId], ...SCORES })).status).toBe(403);
    const shapes = await rate(buyer.token, { quoteId: quotes[bajio.organizationId], quality: 6, communication: 0, onTime: 2.5, comment: 'x'.repeat(2001) });
    expect(shapes.status).toBe(400);
    expect(shapes.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['comment', 'communication', 'onTime', 'quality']);
    expect(await ratingRows(rfqId)).toEqual([]);

    const given = await rate(buyer.token, { quoteId: quotes[bajio.organizationId], ...SCORES, comment: 'Parts on spec, one day late.' });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ rfqId, quoteId: quotes[bajio.organizationId], supplierId: bajio.supplierId, ...SCORES, comment: 'Parts on spec, one day late.', reply: null });
    expect(Date.parse(given.body.editableUntil) - Date.parse(given.body.createdAt)).toBe(30 * DAY_MS);
    const [row] = await stack.db.query('SELECT supplier_organization_id, buyer_organization_id, rated_by FROM supplier_ratings WHERE id = $1', [given.body.id]);
    expect(row).toEqual({ supplier_organization_id: bajio.organizationId, buyer_organization_id: buyer.organizationId, rated_by: buyer.user.userId });
    const [event] = await stack.db.query(`SELECT action, actor_user_id, after FROM audit_events WHERE target_id = $1 ORDER BY occurred_at`, [given.body.id]);
    expect(event).toMatchObject({ action: 'rating.given', actor_user_id: buyer.user.userId, after: { quoteId: quotes[bajio.organizationId], ...SCORES, hasComment: true } });
  });

  it('refuses a second rating of the same award (409 RATING_ALREADY_GIVEN), under a race too, and the database holds one', async () => {
    const { rfqId, quotes } = await awardedRfq('Twice rated', [bajio], [bajio]);
    const body = { quoteId: quotes[bajio.organizationId], ...SCORES };
    expect((await call('POST', `/rfqs/${rfqId}/ratings`, buyer.token, body)).status).toBe(201);
    const again = await call('POST', `/rfqs/${rfqId}/ratings`, buyer.token, { ...body, quality: 1 });
    expect([again.status, again.body.error.code, again.body.error.details[0].field]).toEqual([409, 'RATING_ALREADY_GIVEN', 'quoteId']);

    const race = await awardedRfq('Racing ratings', [border], [border]);
    const racing = await Promise.all([1, 2].map((quality) => call('POST', `/rfqs/${race.rfqId}/ratings`, buyer.token, { ...body, quoteId: race.quotes[border.organizationId], quality })));
    expect(racing.map((result) => result.status).sort()).toEqual([201, 409]);
    expect(racing.find((result) => result.status === 409)?.body.error.code).toBe('RATING_ALREADY_GIVEN');
    expect(await ratingRows(race.rfqId)).toHaveLength(1);

    // Whatever the application does, the table holds one rating per awarded quote.
    await expect(
      stack.db.query(
        `INSERT INTO supplier_ratings (rfq_id, quote_id, supplier_id, supplier_organization_id, buyer_organization_id, quality, communication, on_time, rated_by, created_at, updated_at, editable_until)
         SELECT rfq_id, quote_id, supplier_id, supplier_organization_id, buyer_organization_id, 1, 1, 1, rated_by, now(), now(), now() FROM supplier_ratings WHERE rfq_id = $1`,
        [race.rfqId],
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'supplier_ratings_one_per_awarded_quote' });
  });

  it('lets its buyer change the rating until editableUntil, then 409 RATING_EDIT_WINDOW_CLOSED', async () => {
    const { rfqId, quotes } = await awardedRfq('Edited rating', [bajio], [bajio]);
    const given = await call('POST', `/rfqs/${rfqId}/ratings`, buyer.token, { quoteId: quotes[bajio.organizationId], ...SCORES, comment: 'First impression' });
    const ratingId: string = given.body.id;

    const edited = await call('PATCH', `/ratings/${ratingId}`, buyer.token, { onTime: 5, comment: '' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: ratingId, quality: 5, communication: 4, onTime: 5, comment: null, editableUntil: given.body.editableUntil });
    expect(Date.parse(edited.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(given.body.updatedAt));
    expect((await call('PATCH', `/ratings/${ratingId}`, otherBuyer.token, { quality: 1 })).status).toBe(404);
    expect((await call('PATCH', `/ratings/${ratingId}`, bajio.token, { quality: 1 })).status).toBe(403);
    const bad = await call('PATCH', `/ratings/${ratingId}`, buyer.token, { quality: 9 });
    expect([bad.status, bad.body.error.details[0].field]).toEqual([400, 'quality']);
    const events = await stack.db.query(`SELECT action, before, after FROM audit_events WHERE target_id = $1 ORDER BY occurred_at, id`, [ratingId]);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['rating.given', 'rating.edited']);
    expect([events[1].before.onTime, events[1].after.onTime, events[1].after.hasComment]).toEqual([3, 5, false]);

    // 31 days on (the rating is moved back in time, as the deadline suites move deadlines).
    await stack.db.query(`UPDATE supplier_ratings SET created_at = created_at - interval '31 days', editable_until = editable_until - interval '31 days' WHERE id = $1`, [ratingId]);
    const late = await call('PATCH', `/ratings/${ratingId}`, buyer.token, { quality: 1 });
    expect([late.status, late.body.error.code, late.body.error.details[0].field]).toEqual([409, 'RATING_EDIT_WINDOW_CLOSED', 'ratingId']);
    expect((await stack.db.query('SELECT quality FROM supplier_ratings WHERE id = $1', [ratingId]))[0].quality).toBe(5);
  });

  it('takes one public reply from the rated supplier: a second, also racing, is 409 RATING_ALREADY_REPLIED', async () => {
    const { rfqId, quotes } = await awardedRfq('Answered rating', [bajio, border], [bajio, border]);
    const toBajio = (await call('POST', `/rfqs/${rfqId}/ratings`, buyer.token, { quoteId: quotes[bajio.organizationId], ...SCORES })).body.id;
    const toBorder = (await call('POST', `/rfqs/${rfqId}/ratings`, buyer.token, { quoteId: quotes[border.organizationId], ...SCORES })).body.id;

    expect((await call('POST', `/ratings/${toBajio}/reply`, border.token, { text: 'Not ours' })).status).toBe(404);
    expect((await call('POST', `/ratings/${toBajio}/reply`, buyer.token, { text: 'Buyers do not reply' })).status).toBe(403);
    const empty = await call('POST', `/ratings/${toBajio}/reply`, bajio.token, { text: '' });
    expect([empty.status, empty.body.error.details[0].field]).toEqual([400, 'text']);

    const replied = await call('POST', `/ratings/${toBajio}/reply`, bajio.token, { text: 'Gracias; ajustamos la logística.' });
    expect(replied.status).toBe(200);
    expect(replied.body.reply).toEqual({ text: 'Gracias; ajustamos la logística.', repliedAt: expect.any(String) });
    const twice = await call('POST', `/ratings/${toBajio}/reply`, bajio.token, { text: 'Otra vez' });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'RATING_ALREADY_REPLIED']);

    const racing = await Promise.all(['First', 'Second'].map((text) => call('POST', `/ratings/${toBorder}/reply`, border.token, { text })));
    expect(racing.map((result) => result.status).sort()).toEqual([200, 409]);
    const [row] = await stack.db.query('SELECT reply, replied_by FROM supplier_ratings WHERE id = $1', [toBorder]);
    expect(row).toEqual({ reply: racing.find((result) => result.status === 200)?.body.reply.text, replied_by: border.user.userId });
    // The reply is what the buyer reads with the rating.
    const read = await call('GET', `/rfqs/${rfqId}/ratings`, buyer.token);
    expect(read.body.data.find((rating: { id: string }) => rating.id === toBajio).reply.text).toBe('Gracias; ajustamos la logística.');
  });

  it('shows an RFQ’s ratings to its buyer, each awarded supplier its own; a supplier’s received ratings to it alone, paged', async () => {
    const { rfqId, quotes } = await awardedRfq('Listed ratings', [bajio, border, saltillo], [bajio, border]);
    const bajioRating = (await call('POST', `/rfqs/${rfqId}/ratings`, buyer.token, { quoteId: quotes[bajio.organizationId], ...SCORES })).body.id;
    const borderRating = (await call('POST', `/rfqs/${rfqId}/ratings`, buyer.token, { quoteId: quotes[border.organizationId], ...SCORES, quality: 2 })).body.id;
    // Another buyer's RFQ rated too: two tenants with data.
    const other = await awardedRfq('Other buyer rating', [bajio], [bajio], otherBuyer);
    const otherRating = (await call('POST', `/rfqs/${other.rfqId}/ratings`, otherBuyer.token, { quoteId: other.quotes[bajio.organizationId], ...SCORES })).body.id;

    const ids = (body: { data: Array<{ id: string }> }) => body.data.map((rating) => rating.id);
    expect(ids((await call('GET', `/rfqs/${rfqId}/ratings`, buyer.token)).body)).toEqual([bajioRating, borderRating]);
    expect(ids((await call('GET', `/rfqs/${rfqId}/ratings`, bajio.token)).body)).toEqual([bajioRating]);
    expect(ids((await call('GET', `/rfqs/${rfqId}/ratings`, border.token)).body)).toEqual([borderRating]);
    expect((await call('GET', `/rfqs/${rfqId}/ratings`, saltillo.token)).status).toBe(404);
    expect((await call('GET', `/rfqs/${rfqId}/ratings`, otherBuyer.token)).status).toBe(404);
    expect(ids((await call('GET', `/rfqs/${other.rfqId}/ratings`, otherBuyer.token)).body)).toEqual([otherRating]);
    expect((await call('GET', `/rfqs/${other.rfqId}/ratings`, buyer.token)).status).toBe(404);

    // Received: each supplier its own, newest first, with the RFQ and the buyer named.
    const bajioAll = await call('GET', '/supplier-ratings?limit=100', bajio.token);
    expect(ids(bajioAll.body).slice(0, 2)).toEqual([otherRating, bajioRating]);
    expect(bajioAll.body.data[0]).toMatchObject({ rfqTitle: 'Other buyer rating', buyerName: 'Gulf Coast Pumps' });
    const bajioOwn: string[] = (await stack.db.query('SELECT id FROM supplier_ratings WHERE supplier_organization_id = $1', [bajio.organizationId])).map((row: { id: string }) => row.id);
    expect(ids(bajioAll.body).sort()).toEqual(bajioOwn.sort());
    const borderAll = await call('GET', '/supplier-ratings', border.token);
    expect(ids(borderAll.body)).toContain(borderRating);
    expect(ids(borderAll.body)).not.toContain(bajioRating);
    expect(ids(borderAll.body)).not.toContain(otherRating);
    // Paged: the pages together are the whole list, once each.
    const first = await call('GET', '/supplier-ratings?limit=1', bajio.token);
    expect([ids(first.body), typeof first.body.nextCursor]).toEqual([[otherRating], 'string']);
    const second = await call('GET', `/supplier-ratings?limit=1&cursor=${first.body.nextCursor}`, bajio.token);
    expect(ids(second.body)).toEqual([bajioRating]);
    expect((await call('GET', '/supplier-ratings?cursor=not-a-cursor', bajio.token)).status).toBe(400);
    expect((await call('GET', '/supplier-ratings', buyer.token)).status).toBe(403);
  });

  it('tells the supplier of the rating and the buyer of the reply, each in its language', async () => {
    const title = 'Calificación avisada';
    const { rfqId, quotes } = await awardedRfq(title, [bajio, border], [bajio, border], spanishBuyer);
    const toBajio = (await call('POST', `/rfqs/${rfqId}/ratings`, spanishBuyer.token, { quoteId: quotes[bajio.organizationId], ...SCORES, comment: 'Secret comment' })).body.id;
    await call('POST', `/rfqs/${rfqId}/ratings`, spanishBuyer.token, { quoteId: quotes[border.organizationId], quality: 2, communication: 2, onTime: 2 });

    const [received] = await mailsOf(bajio.user.email, 'rating.received', title);
    expect([received.language, received.subject]).toEqual(['es', `Ensambles Monterrey calificó tu trabajo en "${title}"`]);
    expect(received.text).toContain('Calidad 5 de 5, comunicación 4 de 5, puntualidad 3 de 5.');
    expect(received.text).toContain(`/opportunities/${rfqId}`);
    expect(received.text).not.toContain('Secret comment');
    const [toBorder] = await mailsOf(border.user.email, 'rating.received', title);
    expect([toBorder.language, toBorder.subject]).toEqual(['en', `Ensambles Monterrey rated your work on "${title}"`]);
    expect(toBorder.text).toContain('Quality 2 of 5, communication 2 of 5, on time 2 of 5.');

    await call('POST', `/ratings/${toBajio}/reply`, bajio.token, { text: 'Gracias' });
    const [replied] = await mailsOf(spanishBuyer.user.email, 'rating.replied', title);
    expect([replied.language, replied.subject]).toEqual(['es', `Maquinados del Bajío respondió a tu calificación en "${title}"`]);
    expect(replied.text).toContain(`/rfqs/${rfqId}/ratings/${quotes[bajio.organizationId]}`);

    // An English buyer reads the reply notice in English.
    const english = await awardedRfq('Reply in English', [bajio], [bajio]);
    const rating = (await call('POST', `/rfqs/${english.rfqId}/ratings`, buyer.token, { quoteId: english.quotes[bajio.organizationId], ...SCORES })).body.id;
    await call('POST', `/ratings/${rating}/reply`, bajio.token, { text: 'Thanks' });
    const [inEnglish] = await mailsOf(buyer.user.email, 'rating.replied', 'Reply in English');
    expect([inEnglish.language, inEnglish.subject]).toEqual(['en', 'Maquinados del Bajío replied to your rating on "Reply in English"']);
  });

  async function lineIds(rfqId: string): Promise<string[]> {
    return (await stack.db.query('SELECT id FROM rfq_lines WHERE rfq_id = $1 ORDER BY position', [rfqId])).map((row: { id: string }) => row.id);
  }
});
