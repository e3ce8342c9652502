import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, isoDate, publishedRfq, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

describe('quotes: a supplier quotes, revises and withdraws', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let pesos: SupplierParty;
  let dollars: SupplierParty;

  beforeAll(async () => {
    stack = await PuenteStack.start({ QUOTE_ATTACHMENT_MAX_BYTES: '4096', QUOTE_ATTACHMENT_MAX_COUNT: '2' });
    buyer = await buyerParty(stack, 'Lone Star Robotics');
    pesos = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    dollars = await supplierParty(stack, 'Border Precision', 'en');
  });
  afterAll(() => stack?.stop());

  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });

  it('takes a full quote in pesos, every break priced, and gives it back to its supplier with totals to the cent', async () => {
    const rfq = await publishedRfq(stack, buyer.token, {
      title: 'Brackets in pesos',
      lines: [
        { partName: 'Mounting bracket', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000, 100000], unit: 'pcs' },
        { partName: 'Cover plate', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [250], unit: 'sets' },
      ],
    });
    const plantId = await plantOf(stack, pesos);
    const body = quoteBody(rfq, plantId, { currency: 'MXN', prices: ['84.5000', '79.25', '0.0125'] });
    const quote = await submitQuote(stack, pesos, rfq.id, body);

    expect(quote).toMatchObject({ rfqId: rfq.id, rfqTitle: 'Brackets in pesos', state: 'active', revision: 1, currency: 'MXN', rfqVersion: 1, withdrawnAt: null });
    expect(quote.buyer).toEqual({ organizationId: buyer.organizationId, name: 'Lone Star Robotics' });
    // Named as the buyer reads the profile: its trade name, else its legal name.
    const [profile] = await stack.db.query(`SELECT published_data->>'tradeName' AS name FROM supplier_profiles WHERE id = $1`, [pesos.supplierId]);
    expect(quote.supplier).toMatchObject({ organizationId: pesos.organizationId, supplierId: pesos.supplierId, name: profile.name });
    expect(quote.current.lines[0]).toMatchObject({ position: 0, partName: 'Mounting bracket', unit: 'pcs', minimumOrder: 500, declineReason: null });
    expect(quote.current.lines[0].breaks).toEqual([
      { quantity: 500, unitPrice: '84.5000', extendedPrice: '42250.00', declineReason: null },
      { quantity: 1000, unitPrice: '79.25', extendedPrice: '79250.00', declineReason: null },
      { quantity: 100000, unitPrice: '0.0125', extendedPrice: '1250.00', declineReason: null },
    ]);
    expect(quote.current.lines[1]).toMatchObject({ position: 1, partName: 'Cover plate', unit: 'sets', breaks: [{ quantity: 250, unitPrice: '84.5000', extendedPrice: '21125.00' }] });
    expect(quote.current).toMatchObject({
      revision: 1,
      rfqVersion: 1,
      currency: 'MXN',
      toolingTotal: '185000.00',
      leadTime: { firstArticlesDays: 21, productionDays: 35 },
      validUntil: body.validUntil,
      delivery: { incoterm: 'FCA', place: 'Apodaca, NL', plant: { id: plantId } },
      origin: { hsCode: '761699', usmcaCriterion: 'B', canCertify: true },
      notes: 'Anodizado incluido.',
      attachments: [],
    });
    expect(quote.revisions.map((revision: { revision: number }) => revision.revision)).toEqual([1]);

    const own = await call('GET', `/rfqs/${rfq.id}/quote`, pesos.token);
    expect(own.status).toBe(200);
    expect(own.body).toEqual(quote);
    const byId = await call('GET', `/quotes/${quote.id}`, pesos.token);
    expect(byId.body).toEqual(quote);
    const rfqView = await call('GET', `/rfqs/${rfq.id}`, pesos.token);
    expect(rfqView.body.quote).toEqual({ id: quote.id, state: 'active', revision: 1, revisedAt: quote.revisedAt });
    expect(rfqView.body.bidding).toBe('sealed');

    const [stored] = await stack.db.query('SELECT content, rfq_version FROM quote_revisions WHERE quote_id = $1', [quote.id]);
    expect(stored.rfq_version).toBe(1);
    expect(stored.content.lines[0].breaks[2]).toEqual({ quantity: 100000, unitPrice: '0.0125', declineReason: null });
  });

  it('takes a full quote in dollars with a declined break and a declined line; the buyer’s list counts both quotes', async () => {
    const rfq = await publishedRfq(stack, buyer.token, {
      title: 'Brackets in dollars',
      lines: [
        { partName: 'Mounting bracket', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000, 5000], unit: 'pcs' },
        { partName: 'Heat sink', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [100, 200], unit: 'pcs' },
      ],
    });
    const body = quoteBody(rfq, await plantOf(stack, dollars), { currency: 'USD', prices: ['4.10', '3.95', '3.5'] });
    const lines = body.lines as Array<Record<string, unknown>>;
    lines[0].breaks = [
      { quantity: 500, unitPrice: '4.10' },
      { quantity: 1000, unitPrice: '3.95' },
      { quantity: 5000, declineReason: 'quantity_too_high' },
    ];
    lines[1] = { rfqLineId: rfq.lines[1].id, declineReason: 'not_our_process', breaks: [{ quantity: 100 }, { quantity: 200 }] };
    const quote = await submitQuote(stack, dollars, rfq.id, { ...body, delivery: { incoterm: 'DAP', place: 'Laredo, TX', plantId: await plantOf(stack, dollars) } });
    expect(quote).toMatchObject({ currency: 'USD', current: { currency: 'USD', delivery: { incoterm: 'DAP', place: 'Laredo, TX' } } });
    expect(quote.current.lines[0].breaks[2]).toEqual({ quantity: 5000, unitPrice: null, extendedPrice: null, declineReason: 'quantity_too_high' });
    expect(quote.current.lines[1]).toMatchObject({ declineReason: 'not_our_process', minimumOrder: null, breaks: [{ quantity: 100, unitPrice: null }, { quantity: 200, unitPrice: null }] });
    await submitQuote(stack, pesos, rfq.id, quoteBody(rfq, await plantOf(stack, pesos)));

    const list = await call('GET', '/rfqs?limit=100', buyer.token);
    expect(list.body.data.find((row: { id: string }) => row.id === rfq.id)).toMatchObject({ quoteCount: 2 });
  });

  it('withdraws until the RFQ closes, counts the quote no more, and takes it back as a new revision', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Brackets withdrawn' });
    const plantId = await plantOf(stack, pesos);
    const first = await submitQuote(stack, pesos, rfq.id, quoteBody(rfq, plantId));

    const withdrawn = await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, pesos.token);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ id: first.id, state: 'withdrawn', revision: 1, withdrawnAt: expect.any(String) });
    const again = await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, pesos.token);
    expect([again.status, again.body.error.code, again.body.error.details[0].issue]).toEqual([409, 'QUOTE_INVALID_TRANSITION', 'withdraw_from_withdrawn']);
    let list = await call('GET', '/rfqs?limit=100', buyer.token);
    expect(list.body.data.find((row: { id: string }) => row.id === rfq.id)).toMatchObject({ quoteCount: 0 });

    const back = await submitQuote(stack, pesos, rfq.id, quoteBody(rfq, plantId, { revises: 1, prices: ['80', '75', '70'] }));
    expect(back).toMatchObject({ id: first.id, state: 'active', revision: 2, withdrawnAt: null, submittedAt: first.submittedAt });
    expect(back.revisions.map((revision: { revision: number }) => revision.revision)).toEqual([2, 1]);
    list = await call('GET', '/rfqs?limit=100', buyer.token);
    expect(list.body.data.find((row: { id: string }) => row.id === rfq.id)).toMatchObject({ quoteCount: 1 });

    const none = await call('POST', `/rfqs/${rfq.id}/quote/withdraw`, dollars.token);
    expect([none.status, none.body.error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await call('GET', `/rfqs/${rfq.id}/quote`, dollars.token)).status).toBe(404);
  });

  it('refuses a stale revision with 409 QUOTE_VERSION_STALE naming the current one, writing nothing', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Brackets stale' });
    const plantId = await plantOf(stack, pesos);
    await submitQuote(stack, pesos, rfq.id, quoteBody(rfq, plantId));
    const stale = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, quoteBody(rfq, plantId, { revises: 0 }));
    expect([stale.status, stale.body.error.code, stale.body.error.details[0].field]).toEqual([409, 'QUOTE_VERSION_STALE', 'revises']);
    expect(stale.body.error.details[0].message).toContain('revision 1');
    const ahead = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, quoteBody(rfq, plantId, { revises: 2 }));
    expect(ahead.status).toBe(409);
    const [{ count }] = await stack.db.query('SELECT count(*)::int AS count FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id WHERE q.rfq_id = $1', [rfq.id]);
    expect(count).toBe(1);
  });

  it('keeps bidding as chosen on the draft and refuses to change it once open', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Open bidding', bidding: 'open', needBy: isoDate(40) });
    expect(rfq.bidding).toBe('open');
    const changed = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { bidding: 'sealed' });
    expect([changed.status, changed.body.error.code, changed.body.error.details[0]]).toEqual([409, 'RFQ_INVALID_TRANSITION', expect.objectContaining({ field: 'bidding', issue: 'change_bidding_from_open' })]);
    const same = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { bidding: 'open', title: 'Open bidding, still' });
    expect([same.status, same.body.bidding]).toEqual([200, 'open']);
  });

  it('names every field at fault at once, and writes nothing', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Invalid quote' });
    const body = quoteBody(rfq, '6f1c1d1e-0000-4000-8000-000000000000', { prices: ['0', '1.23456', 'abc'] });
    const result = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, {
      ...body,
      tooling: [{ description: 'Die', cost: '-5', rfqLineIds: ['6f1c1d1e-0000-4000-8000-000000000001'], owner: 'buyer' }],
      validUntil: '2020-01-01',
      origin: { hsCode: '999999', usmcaCriterion: 'not_originating', canCertify: true },
      attachmentIds: ['6f1c1d1e-0000-4000-8000-000000000002'],
    });
    expect([result.status, result.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(result.body.error.details.map((detail: { field: string; issue: string }) => `${detail.field}:${detail.issue}`).sort()).toEqual(
      [
        'lines.0.breaks.0.unitPrice:not_positive',
        'lines.0.breaks.1.unitPrice:invalid_decimal',
        'lines.0.breaks.2.unitPrice:invalid_decimal',
        'tooling.0.cost:invalid_decimal',
        'tooling.0.rfqLineIds:unknown_line',
        'validUntil:past',
        'delivery.plantId:unknown_plant',
        'origin.hsCode:unknown_hs_code',
        'origin.canCertify:not_originating',
        'attachmentIds.0:unknown_attachment',
      ].sort(),
    );
    // A quantity break left out, and the shape rules of the request itself.
    const valid = quoteBody(rfq, await plantOf(stack, pesos));
    const lines = valid.lines as Array<{ breaks: unknown[] }>;
    const partial = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, { ...valid, lines: [{ ...lines[0], breaks: lines[0].breaks.slice(0, 2) }] });
    expect(partial.body.error.details.map((detail: { field: string; issue: string }) => `${detail.field}:${detail.issue}`)).toEqual(['lines.0.breaks:quantities_mismatch']);
    const shape = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, { ...body, currency: 'EUR', revises: -1, leadTime: { productionDays: 0 } });
    expect(shape.body.error.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['currency', 'leadTime.productionDays', 'revises']);
    expect((await stack.db.query('SELECT count(*)::int AS n FROM quotes WHERE rfq_id = $1', [rfq.id]))[0].n).toBe(0);
  });

  it('lets only a supplier with a published, active profile quote, behind the NDA once it is accepted', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Behind an NDA', ndaRequired: true, ndaText: 'Keep the drawings to yourself.' });
    const body = quoteBody(rfq, await plantOf(stack, pesos));
    const gated = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, body);
    expect([gated.status, gated.body.error.code]).toEqual([403, 'RFQ_NDA_REQUIRED']);
    expect((await call('POST', `/rfqs/${rfq.id}/nda`, pesos.token, { version: 1 })).status).toBe(200);

    await stack.db.query(`UPDATE supplier_profiles SET state = 'suspended' WHERE id = $1`, [pesos.supplierId]);
    const suspended = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, body);
    expect([suspended.status, suspended.body.error.code, suspended.body.error.details[0].issue]).toEqual([403, 'QUOTE_SUPPLIER_NOT_ELIGIBLE', 'profile_suspended']);
    await stack.db.query(`UPDATE supplier_profiles SET state = 'published' WHERE id = $1`, [pesos.supplierId]);
    expect((await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, body)).status).toBe(200);

    const unpublished = await stack.factory.organization({ kind: 'supplier', name: 'Taller sin perfil', country: 'MX', language: 'es' });
    const member = await stack.factory.user(unpublished.id, { role: 'member', language: 'es' });
    const token = (await stack.http.signIn(member.email, member.password)).accessToken;
    const open = await publishedRfq(stack, buyer.token, { title: 'Anyone may quote' });
    const noProfile = await call('PUT', `/rfqs/${open.id}/quote`, token, quoteBody(open, await plantOf(stack, pesos)));
    expect([noProfile.status, noProfile.body.error.code, noProfile.body.error.details[0].issue]).toEqual([403, 'QUOTE_SUPPLIER_NOT_ELIGIBLE', 'no_supplier_profile']);
    // Buyers and admins do not quote at all.
    expect((await call('PUT', `/rfqs/${open.id}/quote`, buyer.token, quoteBody(open, await plantOf(stack, pesos)))).status).toBe(403);
  });

  it('takes quote documents as PDF only, within the size and count limits, while the RFQ is open', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Quote documents' });
    const upload = (bytes: Buffer, name = 'cotizacion.pdf') =>
      stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/quote/attachments?name=${encodeURIComponent(name)}`, { token: dollars.token, raw: { bytes, contentType: 'application/octet-stream' } });
    const png = await upload(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'photo.pdf');
    expect([png.status, png.body.error.code]).toEqual([415, 'UPLOAD_TYPE_NOT_ALLOWED']);
    const tooLarge = await upload(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(8 * 1024)]));
    expect([tooLarge.status, tooLarge.body.error.code]).toEqual([413, 'UPLOAD_TOO_LARGE']);
    const ids: string[] = [];
    for (const index of [1, 2]) {
      const stored = await upload(Buffer.from(`%PDF-1.7\n% documento ${index}\n`), `../../cotización ${index}.pdf`);
      expect(stored.status).toBe(201);
      expect(stored.body).toMatchObject({ fileName: `cotización ${index}.pdf`, fileType: 'pdf' });
      ids.push(stored.body.id);
    }
    const third = await upload(Buffer.from('%PDF-1.7\n% tercero\n'));
    expect([third.status, third.body.error.code, third.body.error.details[0].issue]).toEqual([409, 'RFQ_ATTACHMENT_LIMIT', 'too_many']);
    // Another organization cannot carry these documents in its quote.
    const foreign = await call('PUT', `/rfqs/${rfq.id}/quote`, pesos.token, { ...quoteBody(rfq, await plantOf(stack, pesos)), attachmentIds: [ids[0]] });
    expect(foreign.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(['attachmentIds.0']);
    const quote = await submitQuote(stack, dollars, rfq.id, { ...quoteBody(rfq, await plantOf(stack, dollars), { currency: 'USD' }), attachmentIds: [ids[1]] });
    expect(quote.current.attachments.map((file: { id: string }) => file.id)).toEqual([ids[1]]);
    // Its own organization downloads what it uploaded, carried by a revision or not.
    const own = await stack.http.call('GET', `/api/v1/quotes/${quote.id}/attachments/${ids[0]}`, { token: dollars.token });
    expect([own.status, own.headers.get('x-content-type-options')]).toEqual([200, 'nosniff']);
    expect(own.body).toContain('documento 1');
  });
});
