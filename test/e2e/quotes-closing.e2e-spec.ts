import { waitFor } from '@puente/testing';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, invite, publishedRfq, setDeadline, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

const PDF = { bytes: Buffer.from('%PDF-1.7\n% tarde\n'), contentType: 'application/pdf' };

/**
 * The writes that race the clock and each other: revisions sent at once, the quote that reaches the cap,
 * a quote one second late with no closing job run, and what each party is told, in their language.
 */
describe('quotes: races, the cap, the deadline and the notices', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let spanishBuyerMember: { userId: string; email: string };
  let bajio: SupplierParty;
  let border: SupplierParty;
  let saltillo: SupplierParty;

  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });
  const revisionCount = async (rfqId: string) =>
    (await stack.db.query('SELECT count(*)::int AS n FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id WHERE q.rfq_id = $1', [rfqId]))[0].n as number;
  /** Notices requested for an RFQ, by type, as written to the outbox in the writes' transactions. */
  const requested = async (type: string, rfqId: string) =>
    (await stack.db.query(
      `SELECT payload FROM outbox_messages WHERE topic = 'notifications.notification.requested' AND payload->>'type' = $1 AND payload->'params'->>'rfqUrl' LIKE $2 ORDER BY id`,
      [type, `%${rfqId}`],
    )) as Array<{ payload: { recipients: Array<{ organizationId: string }>; params: Record<string, unknown> } }>;

  /** The mails of a template about the notices' RFQ (titled "Soportes anodizados") to one address, once `count` arrived. */
  const mailsOf = (email: string, template: string, count: number) =>
    waitFor(async () => {
      const found = (await stack.mail.all()).filter((mail) => mail.to === email && mail.template === template && mail.subject.includes('Soportes anodizados'));
      return found.length >= count ? found : undefined;
    }, `${count} ${template} mails to ${email}`);

  beforeAll(async () => {
    // No sweep during the suite: a deadline moved into the past by SQL stays unclosed by any job.
    stack = await PuenteStack.start({ RFQ_DEADLINE_SWEEP_SECONDS: '86400' });
    buyer = await buyerParty(stack, 'Lone Star Robotics', 'en');
    spanishBuyerMember = await stack.factory.user(buyer.organizationId, { role: 'member', language: 'es' });
    bajio = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    border = await supplierParty(stack, 'Border Precision', 'en');
    saltillo = await supplierParty(stack, 'Fundiciones Saltillo', 'es');
  });
  afterAll(() => stack?.stop());

  it('serializes two revisions sent at once: one is taken, the other is told it is stale, nothing is lost', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Racing revisions' });
    const plant = await plantOf(stack, bajio);
    const firsts = await Promise.all([1, 2].map(() => call('PUT', `/rfqs/${rfq.id}/quote`, bajio.token, quoteBody(rfq, plant))));
    expect(firsts.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(await revisionCount(rfq.id)).toBe(1);

    const racing = await Promise.all(
      [['11.1111', '11', '11'], ['22.2222', '22', '22']].map((prices) => call('PUT', `/rfqs/${rfq.id}/quote`, bajio.token, quoteBody(rfq, plant, { revises: 1, prices }))),
    );
    expect(racing.map((result) => result.status).sort()).toEqual([200, 409]);
    const [won, lost] = racing[0].status === 200 ? racing : [racing[1], racing[0]];
    expect(lost.body.error).toMatchObject({ code: 'QUOTE_VERSION_STALE', details: [expect.objectContaining({ field: 'revises', message: expect.stringContaining('revision 2') })] });
    expect(await revisionCount(rfq.id)).toBe(2);
    const own = await call('GET', `/rfqs/${rfq.id}/quote`, bajio.token);
    expect(own.body.revision).toBe(2);
    expect(own.body.current.lines[0].breaks[0].unitPrice).toBe(won.body.current.lines[0].breaks[0].unitPrice);
  });

  it('closes the RFQ in the request whose quote reaches the cap; the next supplier is refused with 409 RFQ_CLOSED', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Capped brackets', quoteCap: 2 });
    await invite(stack, rfq.id, saltillo);
    await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio)));
    expect((await call('GET', `/rfqs/${rfq.id}`, buyer.token)).body.state).toBe('open');

    const capping = await call('PUT', `/rfqs/${rfq.id}/quote`, border.token, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD' }));
    expect([capping.status, capping.body.state, capping.body.revision]).toEqual([200, 'active', 1]);
    const [row] = await stack.db.query('SELECT state, closed_reason, closed_at FROM rfqs WHERE id = $1', [rfq.id]);
    expect(row).toMatchObject({ state: 'closed', closed_reason: 'cap', closed_at: expect.any(Date) });
    // Committed together: the RFQ closed at the capping quote's own time.
    const [quote] = await stack.db.query('SELECT revised_at FROM quotes WHERE id = $1', [capping.body.id]);
    expect(row.closed_at.getTime()).toBeGreaterThanOrEqual(quote.revised_at.getTime());

    const next = await call('PUT', `/rfqs/${rfq.id}/quote`, saltillo.token, quoteBody(rfq, await plantOf(stack, saltillo)));
    expect([next.status, next.body.error.code, next.body.error.details[0].issue]).toEqual([409, 'RFQ_CLOSED', 'state_closed']);
    const revise = await call('PUT', `/rfqs/${rfq.id}/quote`, bajio.token, quoteBody(rfq, await plantOf(stack, bajio), { revises: 1 }));
    expect([revise.status, revise.body.error.code]).toEqual([409, 'RFQ_CLOSED']);
    expect((await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, bajio.token)).status).toBe(409);
    // Closed: the buyer reads both quotes now.
    expect((await call('GET', `/rfqs/${rfq.id}/quotes`, buyer.token)).body).toMatchObject({ sealed: false, activeCount: 2 });
  });

  it('refuses a quote one second after the deadline though no job has closed the RFQ, and writes nothing', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'One second late' });
    const plant = await plantOf(stack, bajio);
    const upload = await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/quote/attachments?name=tarde.pdf`, { token: bajio.token, raw: PDF });
    expect(upload.status).toBe(201);
    await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, plant));
    await setDeadline(stack, rfq.id, -1);
    // Whatever a write on this RFQ would have published (a notice, a close) names the RFQ.
    const effects = async () => ({
      revisions: await revisionCount(rfq.id),
      outbox: (await stack.db.query('SELECT count(*)::int AS n FROM outbox_messages WHERE payload::text LIKE $1', [`%${rfq.id}%`]))[0].n,
    });
    const before = await effects();

    const late = await call('PUT', `/rfqs/${rfq.id}/quote`, border.token, quoteBody(rfq, await plantOf(stack, border)));
    expect([late.status, late.body.error.code, late.body.error.details[0]]).toEqual([409, 'RFQ_CLOSED', expect.objectContaining({ field: 'quoteDeadline', issue: 'deadline_passed' })]);
    const lateRevision = await call('PUT', `/rfqs/${rfq.id}/quote`, bajio.token, quoteBody(rfq, plant, { revises: 1, prices: ['1', '1', '1'] }));
    expect([lateRevision.status, lateRevision.body.error.code]).toEqual([409, 'RFQ_CLOSED']);
    expect((await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, bajio.token)).body.error.code).toBe('RFQ_CLOSED');
    expect((await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/quote/attachments`, { token: bajio.token, raw: PDF })).body.error.code).toBe('RFQ_CLOSED');

    const [row] = await stack.db.query('SELECT state FROM rfqs WHERE id = $1', [rfq.id]);
    expect(row.state).toBe('open');
    expect(await stack.db.query('SELECT state, revision FROM quotes WHERE rfq_id = $1', [rfq.id])).toEqual([{ state: 'active', revision: 1 }]);
    expect(await effects()).toEqual(before);
    expect((await stack.db.query('SELECT count(*)::int AS n FROM quote_attachments WHERE rfq_id = $1', [rfq.id]))[0].n).toBe(1);
  });

  it('tells the buyer of each quote once, of a withdrawal, and of the close with the count, in each member’s language; the suppliers of the close without one', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Soportes anodizados' });
    await invite(stack, rfq.id, saltillo);
    await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio), { prices: ['5555.0001', '5554', '5553'] }));
    await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio), { revises: 1 }));
    await submitQuote(stack, border, rfq.id, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD' }));

    // One notice per quote, not per revision, each with the count then, never a price.
    const received = await requested('quote.received', rfq.id);
    expect(received.map(({ payload }) => [payload.recipients, payload.params.quoteCount])).toEqual([
      [[{ organizationId: buyer.organizationId }], 1],
      [[{ organizationId: buyer.organizationId }], 2],
    ]);
    expect(JSON.stringify(received)).not.toContain('5555.0001');
    const english = await mailsOf(buyer.user.email, 'quote.received', 2);
    expect(english.map((mail) => mail.language)).toEqual(['en', 'en']);
    expect(english.every((mail) => / quoted on "Soportes anodizados"$/.test(mail.subject))).toBe(true);
    expect(english.map((mail) => /Quotes received so far: (\d+)\./.exec(mail.text)?.[1]).sort()).toEqual(['1', '2']);
    const spanish = await mailsOf(spanishBuyerMember.email, 'quote.received', 2);
    expect(spanish.map((mail) => mail.language)).toEqual(['es', 'es']);
    expect(spanish.every((mail) => / cotizó "Soportes anodizados"$/.test(mail.subject))).toBe(true);
    expect(spanish.map((mail) => /Cotizaciones recibidas hasta ahora: (\d+)\./.exec(mail.text)?.[1]).sort()).toEqual(['1', '2']);
    for (const mail of await stack.mail.all()) expect(mail.text).not.toContain('5555.0001');

    expect((await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, border.token)).status).toBe(200);
    const [withdrawn] = await mailsOf(buyer.user.email, 'quote.withdrawn', 1);
    expect(withdrawn.subject).toMatch(/ withdrew its quote on "Soportes anodizados"$/);
    expect(withdrawn.text).toContain('Active quotes: 1.');
    expect((await mailsOf(spanishBuyerMember.email, 'quote.withdrawn', 1))[0].text).toContain('Cotizaciones vigentes: 1.');
    // Sent again: the buyer hears of it as a quote received again.
    await submitQuote(stack, border, rfq.id, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD', revises: 1 }));
    expect((await requested('quote.received', rfq.id)).map(({ payload }) => payload.params.quoteCount)).toEqual([1, 2, 2]);

    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).body.state).toBe('closed');
    const [toBuyer] = await mailsOf(buyer.user.email, 'rfq.closed-to-buyer', 1);
    expect(toBuyer.subject).toBe('Your request for quote "Soportes anodizados" closed with 2 quotes');
    const [toSpanishBuyer] = await mailsOf(spanishBuyerMember.email, 'rfq.closed-to-buyer', 1);
    expect(toSpanishBuyer.subject).toBe('Tu solicitud de cotización "Soportes anodizados" cerró con 2 cotizaciones');
    const [inApp] = await stack.db.query(`SELECT params FROM notifications WHERE user_id = $1 AND type = 'rfq.closed-to-buyer' AND params->>'rfqTitle' = $2`, [
      spanishBuyerMember.userId,
      'Soportes anodizados',
    ]);
    expect(inApp.params).toMatchObject({ rfqTitle: 'Soportes anodizados', reason: 'buyer', quoteCount: 2 });

    // Every invited or quoting supplier, each organization once, in its language, with no count.
    const closed = await requested('rfq.closed', rfq.id);
    expect(closed).toHaveLength(1);
    expect(closed[0].payload.recipients.map((recipient) => recipient.organizationId).sort()).toEqual([bajio.organizationId, border.organizationId, saltillo.organizationId].sort());
    expect(closed[0].payload.params).not.toHaveProperty('quoteCount');
    const [toBajio] = await mailsOf(bajio.user.email, 'rfq.closed', 1);
    expect([toBajio.language, toBajio.subject]).toEqual(['es', 'La solicitud de cotización "Soportes anodizados" está cerrada']);
    const [toBorder] = await mailsOf(border.user.email, 'rfq.closed', 1);
    expect(toBorder.language).toBe('en');
    for (const mail of [toBajio, toBorder]) expect(mail.text).not.toMatch(/\b2 (quotes|cotizaciones)\b/);
    const [supplierInApp] = await stack.db.query(`SELECT params FROM notifications WHERE user_id = $1 AND type = 'rfq.closed' AND params->>'rfqTitle' = $2`, [
      bajio.user.userId,
      'Soportes anodizados',
    ]);
    expect(supplierInApp.params).not.toHaveProperty('quoteCount');
  });
});
