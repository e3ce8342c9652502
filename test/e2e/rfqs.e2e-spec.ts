import { PuenteStack } from './support/puente-stack';
import { buyerParty, completeRfqBody, invite, isoDate, publishedRfq, setDeadline, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

describe('RFQs: the buyer’s lifecycle', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let otherBuyer: BuyerParty;
  let spanishSupplier: SupplierParty;
  let englishSupplier: SupplierParty;

  beforeAll(async () => {
    stack = await PuenteStack.start();
    buyer = await buyerParty(stack, 'Lone Star Robotics');
    otherBuyer = await buyerParty(stack, 'Prairie Pumps');
    spanishSupplier = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    englishSupplier = await supplierParty(stack, 'Border Precision', 'en');
  });
  afterAll(() => stack?.stop());

  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });

  it('creates a draft with the text’s language detected and edits it in place, without a version', async () => {
    const created = await call('POST', '/rfqs', buyer.token, { title: 'Troqueles', description: 'Piezas troqueladas de lámina de acero con doblez, acabado galvanizado.' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'draft', version: 0, readerRole: 'buyer', gated: false, descriptionLanguage: 'es', lines: [], amendments: [] });

    const edited = await call('PATCH', `/rfqs/${created.body.id}`, buyer.token, { lines: completeRfqBody().lines, deliveryZip: '75201', targetUnitPrice: '0.0125' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 0, deliveryZip: '75201', deliveryPlace: expect.stringContaining('TX'), targetUnitPrice: '0.0125' });
    expect(edited.body.lines).toEqual([expect.objectContaining({ position: 0, partName: 'Mounting bracket', quantities: [500, 1000, 5000], unit: 'pcs' })]);
    const [{ count }] = await stack.db.query('SELECT count(*)::int AS count FROM rfq_versions WHERE rfq_id = $1', [created.body.id]);
    expect(count).toBe(0);
  });

  it('clears an optional field sent as null, and refuses to clear what an open RFQ needs', async () => {
    const draft = await call('POST', '/rfqs', buyer.token, completeRfqBody({ quoteCap: 5 }));
    const cleared = await call('PATCH', `/rfqs/${draft.body.id}`, buyer.token, { targetUnitPrice: null, hsCode: null, incoterm: null, incotermPlace: null, quoteCap: null, quoteDeadline: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ targetUnitPrice: null, hsCode: null, incoterm: null, incotermPlace: null, quoteCap: null, quoteDeadline: null, annualVolume: 20000 });
    const [row] = await stack.db.query('SELECT target_unit_price, hs_code, quote_cap, quote_deadline, annual_volume FROM rfqs WHERE id = $1', [draft.body.id]);
    expect(row).toEqual({ target_unit_price: null, hs_code: null, quote_cap: null, quote_deadline: null, annual_volume: 20000 });

    const rfq = await publishedRfq(stack, buyer.token);
    const noDeadline = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { quoteDeadline: null });
    expect([noDeadline.status, noDeadline.body.error.code, noDeadline.body.error.details.map((detail: { field: string }) => detail.field)]).toEqual([400, 'RFQ_INCOMPLETE', ['quoteDeadline']]);
    const [open] = await stack.db.query('SELECT version, quote_deadline FROM rfqs WHERE id = $1', [rfq.id]);
    expect(open.version).toBe(1);
    expect(open.quote_deadline).not.toBeNull();
  });

  it('names every invalid field: unknown codes, HS code, ZIP, dates, prices and quantity breaks', async () => {
    const result = await call('POST', '/rfqs', buyer.token, {
      title: 'Invalid',
      lines: [{ partName: 'Part', processes: ['proc.nope'], materials: ['cert.iso-9001'], quantities: [1000, 500], unit: 'pcs' }],
      certifications: ['mat.aluminum'],
      targetUnitPrice: '1.23456',
      hsCode: '999999',
      deliveryZip: '00000',
      needBy: '2027-02-30',
      quoteDeadline: 'next friday',
      invitedSupplierIds: ['6f1c1d1e-0000-4000-8000-000000000000'],
    });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('VALIDATION_FAILED');
    const fields = result.body.error.details.map((detail: { field: string; issue: string }) => `${detail.field}:${detail.issue}`).sort();
    expect(fields).toEqual(
      [
        'certifications:unknown_code',
        'deliveryZip:unknown_zip',
        'hsCode:unknown_hs_code',
        'lines.0.materials:unknown_code',
        'lines.0.processes:unknown_code',
        'lines.0.quantities:not_ascending',
        'needBy:invalid_date',
        'quoteDeadline:invalid_datetime',
        'targetUnitPrice:invalid_decimal',
      ].sort(),
    );
    const picks = await call('POST', '/rfqs', buyer.token, { title: 'Picks', invitedSupplierIds: ['6f1c1d1e-0000-4000-8000-000000000000'] });
    expect([picks.status, picks.body.error.details[0].field, picks.body.error.details[0].issue]).toEqual([400, 'invitedSupplierIds', 'unknown_supplier']);
  });

  it('refuses to publish an incomplete draft, naming each missing field', async () => {
    const draft = await call('POST', '/rfqs', buyer.token, { title: 'Incomplete', ndaRequired: true, visibility: 'invite_only', quoteDeadline: new Date(Date.now() + 10 * 60_000).toISOString() });
    const result = await call('POST', `/rfqs/${draft.body.id}/publish`, buyer.token);
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('RFQ_INCOMPLETE');
    const fields = result.body.error.details.map((detail: { field: string; issue: string }) => `${detail.field}:${detail.issue}`).sort();
    expect(fields).toEqual(['deliveryZip:missing', 'description:missing', 'invitedSupplierIds:missing', 'lines:missing', 'ndaText:missing', 'quoteDeadline:too_soon'].sort());

    const late = await call('POST', '/rfqs', buyer.token, completeRfqBody({ needBy: isoDate(1) }));
    const needBy = await call('POST', `/rfqs/${late.body.id}/publish`, buyer.token);
    expect([needBy.status, needBy.body.error.details]).toEqual([400, [expect.objectContaining({ field: 'needBy', issue: 'before_deadline' })]]);
  });

  it('publishes version 1 with its requirement, and announces it and its deadline through the outbox in the same transaction', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { invitedSupplierIds: [spanishSupplier.supplierId] });
    expect(rfq).toMatchObject({ state: 'open', version: 1, invitedSupplierIds: [spanishSupplier.supplierId], publishedAt: expect.any(String) });
    const [row] = await stack.db.query('SELECT processes, requirement, nda_version FROM rfqs WHERE id = $1', [rfq.id]);
    expect(row.processes).toEqual(['proc.machining.cnc-machining']);
    expect(row.requirement).toMatchObject({ destinationZip: '75201', quantity: { value: 500, unit: 'pcs' } });
    const topics = await stack.db.query(`SELECT topic, payload FROM outbox_messages WHERE payload->>'rfqId' = $1 ORDER BY id`, [rfq.id]);
    expect(topics.map((message: { topic: string; payload: unknown }) => [message.topic, message.payload])).toEqual([
      ['sourcing.rfq.published', { rfqId: rfq.id, version: 1 }],
      ['sourcing.rfq.deadline-set', { rfqId: rfq.id, quoteDeadline: rfq.quoteDeadline }],
    ]);
    const [version] = await stack.db.query('SELECT version, changes, data FROM rfq_versions WHERE rfq_id = $1', [rfq.id]);
    expect(version).toMatchObject({ version: 1, changes: [], data: expect.objectContaining({ title: rfq.title, deliveryZip: '75201' }) });
    const audit = await stack.db.query(`SELECT action FROM audit_events WHERE target_id = $1 ORDER BY id`, [rfq.id]);
    expect(audit.map((event: { action: string }) => event.action)).toEqual(['rfq.created', 'rfq.published']);
  });

  it('refuses invalid transitions with 409 RFQ_INVALID_TRANSITION naming the action and the state', async () => {
    const draft = await call('POST', '/rfqs', buyer.token, completeRfqBody());
    const closeDraft = await call('POST', `/rfqs/${draft.body.id}/close`, buyer.token);
    expect([closeDraft.status, closeDraft.body.error.code, closeDraft.body.error.details[0].issue]).toEqual([409, 'RFQ_INVALID_TRANSITION', 'close_from_draft']);

    const rfq = await publishedRfq(stack, buyer.token);
    const again = await call('POST', `/rfqs/${rfq.id}/publish`, buyer.token);
    expect([again.status, again.body.error.details[0].issue]).toEqual([409, 'publish_from_open']);
    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).status).toBe(200);
    const editClosed = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { title: 'Too late' });
    expect([editClosed.status, editClosed.body.error.details[0].issue]).toEqual([409, 'edit_from_closed']);
    expect((await call('POST', `/rfqs/${rfq.id}/cancel`, buyer.token, { reason: 'Budget moved' })).status).toBe(200);
    const cancelTwice = await call('POST', `/rfqs/${rfq.id}/cancel`, buyer.token, {});
    expect([cancelTwice.status, cancelTwice.body.error.details[0].issue]).toEqual([409, 'cancel_from_cancelled']);
    const reopen = await call('POST', `/rfqs/${rfq.id}/close`, buyer.token);
    expect([reopen.status, reopen.body.error.details[0].issue]).toEqual([409, 'close_from_cancelled']);
  });

  it('amends an open RFQ: version 2 with what changed, a moved deadline re-announced, invited suppliers told in their own language', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Brackets for amendment' });
    await invite(stack, rfq.id, spanishSupplier);
    await invite(stack, rfq.id, englishSupplier);
    const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const lines = [{ ...(completeRfqBody().lines as Array<Record<string, unknown>>)[0], quantities: [500, 2000] }];
    const amended = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { quoteDeadline: deadline, lines, amendmentNote: 'More volume, more time' });
    expect(amended.status).toBe(200);
    expect(amended.body.version).toBe(2);
    expect(amended.body.amendments).toEqual([
      {
        version: 2,
        createdAt: expect.any(String),
        note: 'More volume, more time',
        changes: expect.arrayContaining([
          { field: 'quoteDeadline', before: rfq.quoteDeadline, after: deadline },
          { field: 'lines[0].quantities', before: [500, 1000, 5000], after: [500, 2000] },
        ]),
      },
    ]);
    // The new deadline for the closing job; the changed line for the fan-out (it only adds invitations).
    const topics = await stack.db.query(`SELECT topic, payload FROM outbox_messages WHERE payload->>'rfqId' = $1 ORDER BY id`, [rfq.id]);
    expect(topics.slice(2).map((message: { topic: string; payload: unknown }) => [message.topic, message.payload])).toEqual([
      ['sourcing.rfq.deadline-set', { rfqId: rfq.id, quoteDeadline: deadline }],
      ['sourcing.rfq.published', { rfqId: rfq.id, version: 2 }],
    ]);

    const spanish = await stack.mail.waitFor(spanishSupplier.user.email, 'rfq.amended');
    const english = await stack.mail.waitFor(englishSupplier.user.email, 'rfq.amended');
    expect(spanish.subject).toBe('La solicitud de cotización "Brackets for amendment" cambió');
    expect(english.subject).toBe('The request for quote "Brackets for amendment" changed');

    // An edit that changes nothing suppliers see makes no version.
    const same = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { quoteDeadline: deadline });
    expect(same.body.version).toBe(2);
  });

  it('refuses an amendment one second after the deadline with 409 RFQ_CLOSED, before any job has closed it', async () => {
    const rfq = await publishedRfq(stack, buyer.token);
    await setDeadline(stack, rfq.id, -1);
    const result = await call('PATCH', `/rfqs/${rfq.id}`, buyer.token, { title: 'One second late' });
    expect([result.status, result.body.error.code]).toEqual([409, 'RFQ_CLOSED']);
  });

  it('closes with notices to the buyer and the invited suppliers, and cancels with notices to the suppliers; both audited', async () => {
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Brackets to close' });
    await invite(stack, rfq.id, spanishSupplier);
    const closed = await call('POST', `/rfqs/${rfq.id}/close`, buyer.token);
    expect(closed.body).toMatchObject({ state: 'closed', closedReason: 'buyer', closedAt: expect.any(String) });
    const toSupplier = await stack.mail.waitFor(spanishSupplier.user.email, 'rfq.closed');
    expect(toSupplier.subject).toBe('La solicitud de cotización "Brackets to close" está cerrada');
    expect(toSupplier.text).toContain('el comprador la cerró');
    expect(toSupplier.text).toContain(`/opportunities/${rfq.id}`);
    const toBuyer = await stack.mail.waitFor(buyer.user.email, 'rfq.closed-to-buyer');
    expect(toBuyer.subject).toBe('Your request for quote "Brackets to close" closed with 0 quotes');
    expect(toBuyer.text).toContain(`/rfqs/${rfq.id}`);

    const cancelled = await call('POST', `/rfqs/${rfq.id}/cancel`, buyer.token, { reason: 'Design changed' });
    expect(cancelled.body).toMatchObject({ state: 'cancelled', cancelReason: 'Design changed' });
    const cancelNotice = await stack.mail.waitFor(spanishSupplier.user.email, 'rfq.cancelled');
    expect(cancelNotice.subject).toBe('Lone Star Robotics canceló la solicitud de cotización "Brackets to close"');
    const audit = await stack.db.query(`SELECT action, after FROM audit_events WHERE target_id = $1 ORDER BY id`, [rfq.id]);
    expect(audit.map((event: { action: string }) => event.action)).toEqual(['rfq.created', 'rfq.published', 'rfq.closed', 'rfq.cancelled']);
  });

  it('lists only the caller organization’s RFQs though both buyers have some, a page at a time; admins see both', async () => {
    await call('POST', '/rfqs', otherBuyer.token, { title: 'Pump housings' });
    await call('POST', '/rfqs', otherBuyer.token, { title: 'Impellers' });
    for (const party of [buyer, otherBuyer]) {
      const list = await call('GET', '/rfqs?limit=100', party.token);
      expect(list.body.data.length).toBeGreaterThan(1);
      expect([...new Set(list.body.data.map((row: { buyerName: string }) => row.buyerName))]).toEqual([party === buyer ? 'Lone Star Robotics' : 'Prairie Pumps']);
    }
    const platform = await stack.factory.platformOrganization();
    const admin = await stack.factory.user(platform.id);
    const adminList = await call('GET', '/rfqs?limit=100', (await stack.http.signIn(admin.email, admin.password)).accessToken);
    expect(new Set(adminList.body.data.map((row: { buyerName: string }) => row.buyerName))).toEqual(new Set(['Lone Star Robotics', 'Prairie Pumps']));
    const first = await call('GET', '/rfqs?limit=1', otherBuyer.token);
    const second = await call('GET', `/rfqs?limit=1&cursor=${first.body.nextCursor}`, otherBuyer.token);
    expect([first.body.data[0].title, second.body.data[0].title]).toEqual(['Impellers', 'Pump housings']);
    expect((await call('GET', '/rfqs?state=draft&limit=100', otherBuyer.token)).body.data).toHaveLength(2);
    const foreign = await call('GET', `/rfqs/${first.body.data[0].id}`, buyer.token);
    expect(foreign.status).toBe(404);
    const bad = await call('GET', '/rfqs?cursor=AAAAAAAAAAAAAAAAAAAAAAAA', buyer.token);
    expect([bad.status, bad.body.error.details[0].field]).toEqual([400, 'cursor']);
  });

  it('lets a supplier read a public open RFQ and one that invited it, and nothing else', async () => {
    const open = await publishedRfq(stack, buyer.token);
    const inviteOnly = await publishedRfq(stack, buyer.token, { visibility: 'invite_only', invitedSupplierIds: [spanishSupplier.supplierId] });
    const draft = await call('POST', '/rfqs', buyer.token, completeRfqBody());
    expect((await call('GET', `/rfqs/${open.id}`, englishSupplier.token)).body).toMatchObject({ readerRole: 'supplier', gated: false, invitedSupplierIds: [] });
    expect((await call('GET', `/rfqs/${inviteOnly.id}`, englishSupplier.token)).status).toBe(404);
    expect((await call('GET', `/rfqs/${draft.body.id}`, englishSupplier.token)).status).toBe(404);
    await invite(stack, inviteOnly.id, spanishSupplier);
    const invited = await call('GET', `/rfqs/${inviteOnly.id}`, spanishSupplier.token);
    expect(invited.body).toMatchObject({ readerRole: 'supplier', invitation: { state: 'invited' } });
    // Closed, a public RFQ is no longer for everyone; the invited supplier still reads its own.
    await call('POST', `/rfqs/${open.id}/close`, buyer.token);
    expect((await call('GET', `/rfqs/${open.id}`, englishSupplier.token)).status).toBe(404);
  });
});
