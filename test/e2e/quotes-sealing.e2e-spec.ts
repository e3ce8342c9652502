import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, publishedRfq, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

const PDF = { bytes: Buffer.from('%PDF-1.7\n% cotizacion sellada\n'), contentType: 'application/pdf' };

/**
 * Sealed bidding on every path a buyer, another supplier or an admin reads: no price, no other quote and
 * no count reaches anyone the rule keeps them from, until the RFQ closes. Prices are distinctive strings,
 * so a leak anywhere in a response body is found by searching the whole body for them.
 */
describe('quotes: sealed until the RFQ closes, on every read path', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let otherBuyer: BuyerParty;
  let admin: { token: string };
  let bajio: SupplierParty;
  let border: SupplierParty;
  let bystander: SupplierParty;
  let rfq: { id: string; lines: Array<{ id: string; quantities: number[] }> };
  let bajioQuote: { id: string };
  let borderQuote: { id: string };
  let attachmentId: string;
  const BAJIO_PRICES = ['4321.9876', '4310.5511', '4299.1234'];
  const BORDER_PRICES = ['8765.4321', '8754.3333', '8743.2222'];
  const ALL_PRICES = [...BAJIO_PRICES, ...BORDER_PRICES, '4444.1111', '4333.2222'];

  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });
  const pricesIn = (body: unknown) => ALL_PRICES.filter((price) => JSON.stringify(body).includes(price));

  beforeAll(async () => {
    stack = await PuenteStack.start();
    buyer = await buyerParty(stack, 'Lone Star Robotics');
    otherBuyer = await buyerParty(stack, 'Prairie Pumps');
    const platform = await stack.factory.platformOrganization();
    const adminUser = await stack.factory.user(platform.id);
    admin = { token: (await stack.http.signIn(adminUser.email, adminUser.password)).accessToken };
    bajio = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    border = await supplierParty(stack, 'Border Precision', 'en');
    bystander = await supplierParty(stack, 'Troqueles del Norte', 'es');
    rfq = await publishedRfq(stack, buyer.token, { title: 'Sealed brackets' });
    const upload = await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/quote/attachments?name=cotizacion.pdf`, { token: bajio.token, raw: PDF });
    expect(upload.status).toBe(201);
    attachmentId = upload.body.id;
    // Three revisions of the Bajío quote, each priced apart; the last carries the document.
    const plant = await plantOf(stack, bajio);
    bajioQuote = await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, plant, { prices: ['4444.1111', '4440', '4430'] }));
    await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, plant, { revises: 1, prices: ['4333.2222', '4330', '4320'] }));
    await submitQuote(stack, bajio, rfq.id, { ...quoteBody(rfq, plant, { revises: 2, prices: BAJIO_PRICES }), attachmentIds: [attachmentId] });
    borderQuote = await submitQuote(stack, border, rfq.id, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD', prices: BORDER_PRICES }));
  });
  afterAll(() => stack?.stop());

  it('shows the buyer who quoted and how many, never a price, while sealed', async () => {
    const page = await call('GET', `/rfqs/${rfq.id}`, buyer.token);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ bidding: 'sealed', quote: null });
    expect(pricesIn(page.body)).toEqual([]);

    const list = await call('GET', '/rfqs?limit=100', buyer.token);
    expect(list.body.data.find((row: { id: string }) => row.id === rfq.id)).toMatchObject({ quoteCount: 2 });
    expect(pricesIn(list.body)).toEqual([]);

    const quotes = await call('GET', `/rfqs/${rfq.id}/quotes`, buyer.token);
    expect(quotes.status).toBe(200);
    expect(quotes.body).toMatchObject({ rfqId: rfq.id, bidding: 'sealed', sealed: true, sealedUntil: page.body.quoteDeadline, activeCount: 2, withdrawnCount: 0, quotes: [] });
    expect(quotes.body.received.map((receipt: { quoteId: string; revision: number }) => [receipt.quoteId, receipt.revision])).toEqual([
      [bajioQuote.id, 3],
      [borderQuote.id, 1],
    ]);
    expect(pricesIn(quotes.body)).toEqual([]);

    for (const path of [`/quotes/${bajioQuote.id}`, `/quotes/${bajioQuote.id}/attachments/${attachmentId}`]) {
      const sealed = await call('GET', path, buyer.token);
      expect([path, sealed.status, sealed.body.error.code]).toEqual([path, 403, 'QUOTES_SEALED']);
      expect(pricesIn(sealed.body)).toEqual([]);
    }
  });

  it('never shows a supplier another’s quote or how many there are', async () => {
    for (const path of [`/quotes/${bajioQuote.id}`, `/quotes/${bajioQuote.id}/attachments/${attachmentId}`, `/rfqs/${rfq.id}/quotes`]) {
      for (const supplier of [border, bystander]) {
        const refused = await call('GET', path, supplier.token);
        expect([path, refused.status]).toEqual([path, 404]);
      }
    }
    const ownPage = await call('GET', `/rfqs/${rfq.id}`, border.token);
    expect(ownPage.body.quote).toEqual({ id: borderQuote.id, state: 'active', revision: 1, revisedAt: expect.any(String) });
    const bystanderPage = await call('GET', `/rfqs/${rfq.id}`, bystander.token);
    expect(bystanderPage.body.quote).toBeNull();
    for (const body of [ownPage.body, bystanderPage.body]) {
      expect(JSON.stringify(body)).not.toContain(bajioQuote.id);
      expect(Object.keys(body).filter((key) => /count/i.test(key))).toEqual([]);
      expect(pricesIn(body).filter((price) => !BORDER_PRICES.includes(price))).toEqual([]);
    }
    const own = await call('GET', `/rfqs/${rfq.id}/quote`, border.token);
    expect(pricesIn(own.body).sort()).toEqual([...BORDER_PRICES].sort());
  });

  it('keeps another buyer out with 404 and lets admins read every quote even while sealed', async () => {
    expect((await call('GET', `/rfqs/${rfq.id}/quotes`, otherBuyer.token)).status).toBe(404);
    expect((await call('GET', `/quotes/${bajioQuote.id}`, otherBuyer.token)).status).toBe(404);
    const quotes = await call('GET', `/rfqs/${rfq.id}/quotes`, admin.token);
    expect(quotes.body).toMatchObject({ sealed: true, activeCount: 2 });
    expect(quotes.body.quotes.map((quote: { id: string }) => quote.id).sort()).toEqual([bajioQuote.id, borderQuote.id].sort());
    expect((await call('GET', `/quotes/${borderQuote.id}`, admin.token)).body.current.lines[0].breaks[0].unitPrice).toBe(BORDER_PRICES[0]);
  });

  it('opens every quote to the buyer once the RFQ closes: prices, each revision with its time, the withdrawn ones marked, the documents', async () => {
    const late = await supplierParty(stack, 'Fundiciones Saltillo', 'es');
    await submitQuote(stack, late, rfq.id, quoteBody(rfq, await plantOf(stack, late)));
    expect((await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, late.token)).status).toBe(200);
    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).body.state).toBe('closed');

    const quotes = await call('GET', `/rfqs/${rfq.id}/quotes`, buyer.token);
    expect(quotes.body).toMatchObject({ sealed: false, sealedUntil: null, activeCount: 2, withdrawnCount: 1 });
    const names = quotes.body.quotes.map((quote: { supplier: { name: string } }) => quote.supplier.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    expect(quotes.body.quotes.map((quote: { state: string }) => quote.state).sort()).toEqual(['active', 'active', 'withdrawn']);
    expect(pricesIn(quotes.body).sort()).toEqual([...ALL_PRICES].sort());

    const full = await call('GET', `/quotes/${bajioQuote.id}`, buyer.token);
    expect(full.status).toBe(200);
    expect(full.body.revision).toBe(3);
    const history = full.body.revisions.map((revision: { revision: number; createdAt: string; lines: Array<{ breaks: Array<{ unitPrice: string }> }> }) => ({
      revision: revision.revision,
      price: revision.lines[0].breaks[0].unitPrice,
      at: Date.parse(revision.createdAt),
    }));
    expect(history.map((entry: { revision: number; price: string }) => [entry.revision, entry.price])).toEqual([
      [3, '4321.9876'],
      [2, '4333.2222'],
      [1, '4444.1111'],
    ]);
    expect(history[0].at).toBeGreaterThanOrEqual(history[1].at);
    expect(history[1].at).toBeGreaterThanOrEqual(history[2].at);
    expect(full.body.current.attachments).toEqual([expect.objectContaining({ id: attachmentId, fileName: 'cotizacion.pdf', fileType: 'pdf' })]);

    const file = await call('GET', `/quotes/${bajioQuote.id}/attachments/${attachmentId}`, buyer.token);
    expect([file.status, file.headers.get('content-type'), file.headers.get('content-disposition')]).toEqual([200, 'application/pdf', "attachment; filename*=UTF-8''cotizacion.pdf"]);
    expect(file.body).toContain('cotizacion sellada');

    // Still nobody else's business: a closed RFQ leaves the other suppliers where they were.
    expect((await call('GET', `/quotes/${bajioQuote.id}`, border.token)).status).toBe(404);
    // The quoting suppliers keep reading the (public, now closed) RFQ they quoted on; a bystander no longer can.
    expect((await call('GET', `/rfqs/${rfq.id}`, bajio.token)).body).toMatchObject({ state: 'closed', quote: { id: bajioQuote.id, revision: 3 } });
    expect((await call('GET', `/rfqs/${rfq.id}`, bystander.token)).status).toBe(404);
  });

  it('keeps the quotes of an RFQ cancelled while open sealed, and shows open bidding as it arrives', async () => {
    const cancelled = await publishedRfq(stack, buyer.token, { title: 'Cancelled while open' });
    const quote = await submitQuote(stack, bajio, cancelled.id, quoteBody(cancelled, await plantOf(stack, bajio), { prices: BAJIO_PRICES }));
    expect((await call('POST', `/rfqs/${cancelled.id}/cancel`, buyer.token, {})).body.state).toBe('cancelled');
    expect((await call('GET', `/quotes/${quote.id}`, buyer.token)).status).toBe(403);
    const sealed = await call('GET', `/rfqs/${cancelled.id}/quotes`, buyer.token);
    expect(sealed.body).toMatchObject({ sealed: true, quotes: [] });
    expect(pricesIn(sealed.body)).toEqual([]);

    const open = await publishedRfq(stack, buyer.token, { title: 'Open bidding brackets', bidding: 'open' });
    const openQuote = await submitQuote(stack, border, open.id, quoteBody(open, await plantOf(stack, border), { currency: 'USD', prices: BORDER_PRICES }));
    const quotes = await call('GET', `/rfqs/${open.id}/quotes`, buyer.token);
    expect(quotes.body).toMatchObject({ bidding: 'open', sealed: false, activeCount: 1 });
    expect(quotes.body.quotes.map((entry: { id: string }) => entry.id)).toEqual([openQuote.id]);
    expect((await call('GET', `/quotes/${openQuote.id}`, buyer.token)).body.current.lines[0].breaks[0].unitPrice).toBe(BORDER_PRICES[0]);
    // Open to the buyer, still sealed from other suppliers.
    expect((await call('GET', `/quotes/${openQuote.id}`, bajio.token)).status).toBe(404);
  });

  it('puts no price in the audit log and no quote in the search index', async () => {
    const audit = await stack.db.query(`SELECT action, after FROM audit_events WHERE target_type = 'quote' AND target_id = $1 ORDER BY id`, [bajioQuote.id]);
    expect(audit.map((event: { action: string }) => event.action)).toEqual(['quote.submitted', 'quote.revised', 'quote.revised']);
    expect(audit[2].after).toEqual({ rfqId: rfq.id, revision: 3, currency: 'MXN', lineCount: 1 });
    expect(pricesIn(audit)).toEqual([]);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM search_documents d WHERE d::text LIKE ANY($1::text[])`, [ALL_PRICES.map((price) => `%${price}%`)]);
    expect(count).toBe(0);
  });
});
