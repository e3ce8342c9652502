import { waitFor } from '@puente/testing';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, publishedRfq, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

const TWO_LINES = [
  { partName: 'Mounting bracket', partNumber: 'BRK-2291', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000], unit: 'pcs' },
  { partName: 'Heat sink plate', partNumber: 'HSP-0410', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [250, 750], unit: 'pcs' },
];
/** A price no notice to a supplier that lost may carry. */
const WINNING_PRICE = '7777.1234';

/**
 * The award: per line, split between suppliers, once the RFQ is closed; one award per line, decided by
 * the database under a race; and who is told what, in their language.
 */
describe('awards', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let otherBuyer: BuyerParty;
  let bajio: SupplierParty;
  let border: SupplierParty;
  let saltillo: SupplierParty;
  let outsider: SupplierParty;

  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });
  const awardRows = async (rfqId: string) =>
    (await stack.db.query('SELECT rfq_line_id, quote_id, supplier_organization_id FROM rfq_awards WHERE rfq_id = $1 ORDER BY awarded_at, id', [rfqId])) as Array<{
      rfq_line_id: string;
      quote_id: string;
      supplier_organization_id: string;
    }>;
  /** Mails of a template about an RFQ (by its title) to one address, once `count` arrived. */
  const mailsOf = (email: string, template: string, title: string, count = 1) =>
    waitFor(async () => {
      const found = (await stack.mail.all()).filter((mail) => mail.to === email && mail.template === template && mail.subject.includes(title));
      return found.length >= count ? found : undefined;
    }, `${count} ${template} mails to ${email}`);
  /** Notices requested for an RFQ, by type, as the award's transaction wrote them to the outbox. */
  const requested = async (type: string, rfqId: string) =>
    (await stack.db.query(
      `SELECT payload FROM outbox_messages WHERE topic = 'notifications.notification.requested' AND payload->>'type' = $1 AND payload->'params'->>'rfqUrl' LIKE $2 ORDER BY id`,
      [type, `%${rfqId}`],
    )) as Array<{ payload: { recipients: Array<{ organizationId: string }>; params: Record<string, unknown> } }>;

  /** A two-line RFQ of the buyer with an active quote of each supplier given, closed unless `open`. */
  async function quotedRfq(title: string, quoting: SupplierParty[], options: { open?: boolean } = {}) {
    const rfq = await publishedRfq(stack, buyer.token, { title, lines: TWO_LINES });
    const quotes: Record<string, string> = {};
    for (const supplier of quoting) {
      const prices = supplier === bajio ? [WINNING_PRICE, '7000'] : ['91.5000', '88'];
      quotes[supplier.organizationId] = (await submitQuote(stack, supplier, rfq.id, quoteBody(rfq, await plantOf(stack, supplier), { prices }))).id;
    }
    if (!options.open) {
      const closed = await call('POST', `/rfqs/${rfq.id}/close`, buyer.token);
      if (closed.status !== 200) throw new Error(`close: ${closed.status} ${JSON.stringify(closed.body)}`);
    }
    const lineIds: string[] = rfq.lines.map((line: { id: string }) => line.id);
    return { rfq, quotes, lineIds };
  }

  beforeAll(async () => {
    stack = await PuenteStack.start({ RFQ_DEADLINE_SWEEP_SECONDS: '86400' });
    buyer = await buyerParty(stack, 'Lone Star Robotics', 'en');
    otherBuyer = await buyerParty(stack, 'Gulf Coast Pumps', 'en');
    bajio = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    border = await supplierParty(stack, 'Border Precision', 'en');
    saltillo = await supplierParty(stack, 'Fundiciones Saltillo', 'es');
    outsider = await supplierParty(stack, 'Troqueles Norte', 'es');
  });
  afterAll(() => stack?.stop());

  it('splits the lines between two suppliers; the RFQ is awarded once both are; each party reads what it may', async () => {
    const { rfq, quotes, lineIds } = await quotedRfq('Split brackets', [bajio, border, saltillo]);

    const first = await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[bajio.organizationId], lineIds: [lineIds[0]], reason: 'Lowest landed cost' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ state: 'closed', awardedAt: null, closedUnawardedLineIds: [] });
    expect(first.body.awards).toEqual([
      // No exchange rate exists yet in this suite, so no comparison of its MXN quotes: the award goes ahead
      // without one and says so (the last test freezes one).
      expect.objectContaining({ rfqLineId: lineIds[0], partName: 'Mounting bracket', quoteId: quotes[bajio.organizationId], reason: 'Lowest landed cost', comparisonFrozen: false }),
    ]);
    expect(first.body.awards[0].supplier).toEqual({ organizationId: bajio.organizationId, name: 'Maquinados del Bajío' });

    const second = await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[border.organizationId], lineIds: [lineIds[1]] });
    expect([second.status, second.body.state]).toEqual([200, 'awarded']);
    expect(second.body.awards.map((award: { rfqLineId: string; supplier: { name: string } }) => [award.rfqLineId, award.supplier.name])).toEqual([
      [lineIds[0], 'Maquinados del Bajío'],
      [lineIds[1], 'Border Precision'],
    ]);
    expect(await awardRows(rfq.id)).toEqual([
      { rfq_line_id: lineIds[0], quote_id: quotes[bajio.organizationId], supplier_organization_id: bajio.organizationId },
      { rfq_line_id: lineIds[1], quote_id: quotes[border.organizationId], supplier_organization_id: border.organizationId },
    ]);
    const [row] = await stack.db.query('SELECT state, awarded_at FROM rfqs WHERE id = $1', [rfq.id]);
    expect(row).toMatchObject({ state: 'awarded', awarded_at: expect.any(Date) });
    // The RFQ's page summarizes the awards for its buyer; a supplier reads its own under /awards only.
    const page = await call('GET', `/rfqs/${rfq.id}`, buyer.token);
    expect([page.body.state, page.body.awardedAt]).toEqual(['awarded', row.awarded_at.toISOString()]);
    expect(page.body.awards).toEqual([
      { rfqLineId: lineIds[0], supplierName: 'Maquinados del Bajío' },
      { rfqLineId: lineIds[1], supplierName: 'Border Precision' },
    ]);
    expect((await call('GET', `/rfqs/${rfq.id}`, saltillo.token)).body.awards).toEqual([]);

    // The buyer reads both; each winner its own award without the buyer's reason; a supplier that won
    // nothing an empty list; one that never quoted, and another buyer, 404.
    expect((await call('GET', `/rfqs/${rfq.id}/awards`, buyer.token)).body.awards).toHaveLength(2);
    const own = await call('GET', `/rfqs/${rfq.id}/awards`, bajio.token);
    expect([own.status, own.body.awards.length, own.body.awards[0].rfqLineId, own.body.awards[0].reason]).toEqual([200, 1, lineIds[0], null]);
    const lost = await call('GET', `/rfqs/${rfq.id}/awards`, saltillo.token);
    expect([lost.status, lost.body.awards]).toEqual([200, []]);
    expect((await call('GET', `/rfqs/${rfq.id}/awards`, outsider.token)).status).toBe(404);
    expect((await call('GET', `/rfqs/${rfq.id}/awards`, otherBuyer.token)).status).toBe(404);

    // The audit trail says who awarded what, never a price.
    const events = await stack.db.query(`SELECT action, after FROM audit_events WHERE target_id = $1 AND action LIKE 'rfq.%awarded' ORDER BY occurred_at, id`, [rfq.id]);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['rfq.lines-awarded', 'rfq.lines-awarded', 'rfq.awarded']);
    expect(events[0].after.comparison).toEqual({ unavailable: 'FX_RATE_MISSING' });
    expect((await stack.db.query('SELECT count(*)::int AS n FROM rfq_awards WHERE rfq_id = $1 AND comparison IS NOT NULL', [rfq.id]))[0].n).toBe(0);
    expect(JSON.stringify(events)).not.toContain(WINNING_PRICE);
  });

  it('tells each winner its lines, the others that the buyer chose another offer, and the buyer, each in its language', async () => {
    const title = 'Soportes adjudicados';
    const { rfq, quotes, lineIds } = await quotedRfq(title, [bajio, border, saltillo]);
    await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[bajio.organizationId], lineIds: [lineIds[0]] });
    // Until the RFQ is awarded, no one hears that they were not selected.
    expect(await requested('quote.not-selected', rfq.id)).toEqual([]);
    await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[border.organizationId], lineIds: [lineIds[1]] });

    const [toBajio] = await mailsOf(bajio.user.email, 'quote.awarded', title);
    expect([toBajio.language, toBajio.subject]).toEqual(['es', `Lone Star Robotics te adjudicó "${title}"`]);
    expect(toBajio.text).toContain('Partidas adjudicadas a ti: Mounting bracket.');
    expect(toBajio.text).toContain(`/opportunities/${rfq.id}`);
    const [toBorder] = await mailsOf(border.user.email, 'quote.awarded', title);
    expect([toBorder.language, toBorder.subject]).toEqual(['en', `Lone Star Robotics awarded you "${title}"`]);
    expect(toBorder.text).toContain('Lines awarded to you: Heat sink plate.');

    const [toBuyer] = await mailsOf(buyer.user.email, 'rfq.awarded', title);
    expect([toBuyer.language, toBuyer.subject]).toEqual(['en', `"${title}" is awarded`]);
    expect(toBuyer.text).toContain('Lines awarded: 2 of 2');
    expect(toBuyer.text).toContain(`/rfqs/${rfq.id}`);

    // Only the supplier that won nothing, once; in Spanish; no winner's name, no price.
    const notSelected = await requested('quote.not-selected', rfq.id);
    expect(notSelected.map(({ payload }) => payload.recipients)).toEqual([[{ organizationId: saltillo.organizationId }]]);
    const [toSaltillo] = await mailsOf(saltillo.user.email, 'quote.not-selected', title);
    expect([toSaltillo.language, toSaltillo.subject]).toEqual(['es', `Tu cotización de "${title}" no fue seleccionada`]);
    expect(toSaltillo.text).toContain('eligió otra oferta');
    for (const secret of ['Maquinados', 'Border Precision', WINNING_PRICE, '91.5']) {
      expect(toSaltillo.text).not.toContain(secret);
      expect(toSaltillo.html).not.toContain(secret);
      expect(JSON.stringify(notSelected)).not.toContain(secret);
    }
    const [inApp] = await stack.db.query(`SELECT params FROM notifications WHERE user_id = $1 AND type = 'quote.not-selected' AND params->>'rfqTitle' = $2`, [
      saltillo.user.userId,
      title,
    ]);
    expect(Object.keys(inApp.params).sort()).toEqual(['rfqTitle', 'rfqUrl']);
  });

  it('awards one line and closes the rest unawarded: the RFQ is awarded at once', async () => {
    const { rfq, quotes, lineIds } = await quotedRfq('Half awarded', [bajio, border]);
    const result = await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[border.organizationId], lineIds: [lineIds[0]], closeRemainingLines: true });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ state: 'awarded', closedUnawardedLineIds: [lineIds[1]] });
    expect(result.body.awards.map((award: { rfqLineId: string }) => award.rfqLineId)).toEqual([lineIds[0]]);
    const lines = await stack.db.query('SELECT id, closed_unawarded_at, closed_unawarded_by FROM rfq_lines WHERE rfq_id = $1 ORDER BY position', [rfq.id]);
    expect(lines).toEqual([
      { id: lineIds[0], closed_unawarded_at: null, closed_unawarded_by: null },
      { id: lineIds[1], closed_unawarded_at: expect.any(Date), closed_unawarded_by: buyer.user.userId },
    ]);
    const [audited] = await stack.db.query(`SELECT after FROM audit_events WHERE target_id = $1 AND action = 'rfq.lines-awarded'`, [rfq.id]);
    expect(audited.after).toMatchObject({ lineIds: [lineIds[0]], closedUnawardedLineIds: [lineIds[1]] });
    // The buyer hears 1 of 2; bajío, which won nothing, is not selected.
    const [toBuyer] = await requested('rfq.awarded', rfq.id);
    expect(toBuyer.payload.params).toMatchObject({ awardedLineCount: 1, lineCount: 2 });
    expect((await requested('quote.not-selected', rfq.id)).map(({ payload }) => payload.recipients)).toEqual([[{ organizationId: bajio.organizationId }]]);
    // Awarded: nothing more to award.
    const again = await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[bajio.organizationId], lineIds: [lineIds[1]] });
    expect([again.status, again.body.error.code, again.body.error.details[0].issue]).toEqual([409, 'RFQ_INVALID_TRANSITION', 'award_from_awarded']);
  });

  it('refuses to award a line twice (409 LINE_ALREADY_AWARDED), and the database refuses a second row', async () => {
    const { rfq, quotes, lineIds } = await quotedRfq('Twice awarded', [bajio, border]);
    expect((await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[bajio.organizationId], lineIds: [lineIds[0]] })).status).toBe(200);
    const twice = await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[border.organizationId], lineIds: [lineIds[1], lineIds[0]] });
    expect([twice.status, twice.body.error.code, twice.body.error.details[0].field]).toEqual([409, 'LINE_ALREADY_AWARDED', 'lineIds.1']);
    // Nothing half-written: line 2 was not awarded either.
    expect((await awardRows(rfq.id)).map((row) => row.rfq_line_id)).toEqual([lineIds[0]]);

    // Whatever the application does, the table holds one award per line.
    await expect(
      stack.db.query(
        `INSERT INTO rfq_awards (rfq_id, rfq_line_id, quote_id, supplier_organization_id, awarded_by, awarded_at) VALUES ($1, $2, $3, $4, $5, now())`,
        [rfq.id, lineIds[0], quotes[border.organizationId], border.organizationId, buyer.user.userId],
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'rfq_awards_one_per_line' });
  });

  it('under a race of two awards of the same line, one is taken and the other is told 409; one row', async () => {
    const { rfq, quotes, lineIds } = await quotedRfq('Racing awards', [bajio, border]);
    const racing = await Promise.all(
      [bajio, border].map((supplier) => call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[supplier.organizationId], lineIds: [lineIds[0]] })),
    );
    expect(racing.map((result) => result.status).sort()).toEqual([200, 409]);
    const lost = racing.find((result) => result.status === 409);
    expect(lost?.body.error.code).toBe('LINE_ALREADY_AWARDED');
    expect(await awardRows(rfq.id)).toHaveLength(1);
  });

  it('refuses an award on an open RFQ, another buyer, a quote or line not of this RFQ, a line the quote does not price, a withdrawn quote', async () => {
    const open = await quotedRfq('Still open', [bajio], { open: true });
    const onOpen = await call('POST', `/rfqs/${open.rfq.id}/award`, buyer.token, { quoteId: open.quotes[bajio.organizationId], lineIds: [open.lineIds[0]] });
    expect([onOpen.status, onOpen.body.error.code, onOpen.body.error.details[0].issue]).toEqual([409, 'RFQ_INVALID_TRANSITION', 'award_from_open']);

    // Border declines line 2 as a whole; saltillo withdraws before the close.
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Refusals', lines: TWO_LINES });
    const bajioQuote = (await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio)))).id;
    const declining = quoteBody(rfq, await plantOf(stack, border)) as { lines: Array<Record<string, unknown>> };
    declining.lines[1] = {
      rfqLineId: rfq.lines[1].id,
      declineReason: 'not_our_process',
      minimumOrder: null,
      breaks: rfq.lines[1].quantities.map((quantity: number) => ({ quantity, unitPrice: null })),
    };
    const borderQuote = (await submitQuote(stack, border, rfq.id, declining)).id;
    const saltilloQuote = (await submitQuote(stack, saltillo, rfq.id, quoteBody(rfq, await plantOf(stack, saltillo)))).id;
    expect((await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, saltillo.token)).status).toBe(200);
    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).status).toBe(200);
    const award = (token: string, body: Record<string, unknown>) => call('POST', `/rfqs/${rfq.id}/award`, token, body);

    const foreignBuyer = await award(otherBuyer.token, { quoteId: bajioQuote, lineIds: [rfq.lines[0].id] });
    expect(foreignBuyer.status).toBe(404);
    const foreignQuote = await award(buyer.token, { quoteId: open.quotes[bajio.organizationId], lineIds: [rfq.lines[0].id] });
    expect([foreignQuote.status, foreignQuote.body.error.details[0].field]).toEqual([404, 'quoteId']);
    const foreignLine = await award(buyer.token, { quoteId: bajioQuote, lineIds: [rfq.lines[0].id, open.lineIds[0]] });
    expect([foreignLine.status, foreignLine.body.error.code, foreignLine.body.error.details]).toEqual([
      400,
      'VALIDATION_FAILED',
      [expect.objectContaining({ field: 'lineIds.1', issue: 'unknown_line' })],
    ]);
    const declined = await award(buyer.token, { quoteId: borderQuote, lineIds: [rfq.lines[1].id] });
    expect([declined.status, declined.body.error.details[0]]).toEqual([400, expect.objectContaining({ field: 'lineIds.0', issue: 'not_quoted' })]);
    const withdrawn = await award(buyer.token, { quoteId: saltilloQuote, lineIds: [rfq.lines[0].id] });
    expect([withdrawn.status, withdrawn.body.error.details[0]]).toEqual([400, expect.objectContaining({ field: 'quoteId', issue: 'quote_withdrawn' })]);
    const repeated = await award(buyer.token, { quoteId: bajioQuote, lineIds: [rfq.lines[0].id, rfq.lines[0].id] });
    expect([repeated.status, repeated.body.error.details[0]]).toEqual([400, expect.objectContaining({ field: 'lineIds.1', issue: 'duplicate' })]);
    const shapes = await award(buyer.token, { quoteId: 'nope', lineIds: [], reason: 'x'.repeat(1001) });
    expect(shapes.status).toBe(400);
    expect(shapes.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['lineIds', 'quoteId', 'reason']);
    expect(await awardRows(rfq.id)).toEqual([]);
    expect((await stack.db.query('SELECT state FROM rfqs WHERE id = $1', [rfq.id]))[0].state).toBe('closed');
  });

  it('refuses to cancel an RFQ once a line is awarded (409 cancel_from_partially_awarded), and cancels one without an award', async () => {
    const { rfq, quotes, lineIds } = await quotedRfq('Half awarded', [border]);
    expect((await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[border.organizationId], lineIds: [lineIds[0]] })).status).toBe(200);
    const refused = await call('POST', `/rfqs/${rfq.id}/cancel`, buyer.token, { reason: 'Changed our mind' });
    expect([refused.status, refused.body.error.code, refused.body.error.details[0]]).toEqual([
      409,
      'RFQ_INVALID_TRANSITION',
      expect.objectContaining({ field: 'state', issue: 'cancel_from_partially_awarded' }),
    ]);
    expect((await stack.db.query('SELECT state, cancelled_at FROM rfqs WHERE id = $1', [rfq.id]))[0]).toEqual({ state: 'closed', cancelled_at: null });
    expect(await stack.db.query(`SELECT 1 FROM audit_events WHERE target_id = $1 AND action = 'rfq.cancelled'`, [rfq.id])).toEqual([]);

    // The same RFQ shape without an award is cancelled as before.
    const open = await quotedRfq('Not awarded', [border]);
    const cancelled = await call('POST', `/rfqs/${open.rfq.id}/cancel`, buyer.token, { reason: 'Changed our mind' });
    expect([cancelled.status, cancelled.body.state]).toEqual([200, 'cancelled']);
  });

  // Last: the exchange rates it enters are the suite's from here on.
  it('freezes the comparison each award was made on: a later refresh changes the comparison, not the award already made', async () => {
    const rate = (mxnPerUsd: string) =>
      stack.db.query(
        `INSERT INTO fx_rates (rate_date, source, mxn_per_usd, entered_at) VALUES (now()::date - 2, 'banxico-fix', $1, now())
         ON CONFLICT (rate_date, source) DO UPDATE SET mxn_per_usd = EXCLUDED.mxn_per_usd`,
        [mxnPerUsd],
      );
    await rate('17.2500');
    const { rfq, quotes, lineIds } = await quotedRfq('Frozen comparison', [bajio, border]);
    const first = await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[bajio.organizationId], lineIds: [lineIds[0]] });
    expect([first.status, first.body.awards[0].comparisonFrozen]).toEqual([200, true]);
    // The award keeps the snapshot the comparison froze in the award's own transaction (nobody had read it).
    const [frozen] = await stack.db.query('SELECT snapshot, frozen_at FROM rfq_comparisons WHERE rfq_id = $1', [rfq.id]);
    const [kept] = await stack.db.query('SELECT comparison FROM rfq_awards WHERE rfq_line_id = $1', [lineIds[0]]);
    expect(kept.comparison).toEqual({ ...frozen.snapshot, frozenAt: frozen.frozen_at.toISOString() });
    expect(kept.comparison.fxRate).toMatchObject({ mxnPerUsd: '17.2500', source: 'banxico-fix' });
    expect(kept.comparison.quoteCount).toBe(2);
    expect(kept.comparison.lines.map((line: { rfqLineId: string }) => line.rfqLineId)).toEqual(lineIds);

    // A newer rate and a refresh: the comparison moves, the award already made does not; the next award records the refreshed one.
    await rate('19.1000');
    expect((await call('POST', `/rfqs/${rfq.id}/comparison/refresh`, buyer.token)).status).toBe(200);
    const second = await call('POST', `/rfqs/${rfq.id}/award`, buyer.token, { quoteId: quotes[border.organizationId], lineIds: [lineIds[1]] });
    expect([second.status, second.body.state]).toEqual([200, 'awarded']);
    // Awarded: the comparison the awards were made on is the record; a refresh is refused and changes nothing.
    const [before] = await stack.db.query('SELECT snapshot, refreshed_count FROM rfq_comparisons WHERE rfq_id = $1', [rfq.id]);
    const refused = await call('POST', `/rfqs/${rfq.id}/comparison/refresh`, buyer.token);
    expect([refused.status, refused.body.error.code, refused.body.error.details[0].issue]).toEqual([409, 'RFQ_INVALID_TRANSITION', 'refresh_from_awarded']);
    expect((await stack.db.query('SELECT snapshot, refreshed_count FROM rfq_comparisons WHERE rfq_id = $1', [rfq.id]))[0]).toEqual(before);
    const rates = await stack.db.query(`SELECT rfq_line_id, comparison->'fxRate'->>'mxnPerUsd' AS rate FROM rfq_awards WHERE rfq_id = $1`, [rfq.id]);
    expect(Object.fromEntries(rates.map((row: { rfq_line_id: string; rate: string }) => [row.rfq_line_id, row.rate]))).toEqual({
      [lineIds[0]]: '17.2500',
      [lineIds[1]]: '19.1000',
    });
    // The supplier learns that a comparison is kept, never what it says.
    const own = await call('GET', `/rfqs/${rfq.id}/awards`, bajio.token);
    expect(own.body.awards[0]).toMatchObject({ comparisonFrozen: true, reason: null });
    expect(JSON.stringify(own.body)).not.toContain('17.25');
  });
});
