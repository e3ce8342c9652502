import { waitFor } from '@puente/testing';
import { parse } from 'csv-parse/sync';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, invite, publishedRfq, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

const BAJIO_MXN = ['84.5000', '79.25', '71.1250'];
const BORDER_USD = ['4.9000', '4.6000', '4.2000'];
const DAY_MS = 86_400_000;

/** The calendar date in Mexico City (the FIX's day) `days` from now. */
const mexicoDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * DAY_MS));

interface Entry {
  quoteId: string;
  supplier: { name: string; supplierId: string };
  trackRecord: { rating: { count: number; overall: string | null; quality: string | null }; responseStats: { responseRate: string | null; invitationsDue: number; invitationsAnswered: number } | null };
  currency: string;
  unitPrice: string | null;
  landedPerUnitUsd: string | null;
  landed: { unitPrice: { usd: string; fxRate: { mxnPerUsd: string; date: string } | null }; total: { perUnit: string; forQuantity: string } } | null;
}

/**
 * The buyer's comparison: frozen at the first read after close, refreshed on request (audited), a clear
 * error without a rate, the CSV in each language, and read only where the quotes themselves are.
 */
describe('comparison of quotes by landed cost', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let spanishBuyer: { token: string };
  let otherBuyer: BuyerParty;
  let bajio: SupplierParty;
  let border: SupplierParty;
  const call = (method: string, path: string, token: string, body?: unknown) => stack.http.call(method, `/api/v1${path}`, { token, body });
  const entriesOf = (body: { lines: Array<{ breaks: Array<{ quantity: number; entries: Entry[] }> }> }, quantity: number): Entry[] =>
    body.lines[0].breaks.find((item) => item.quantity === quantity)?.entries ?? [];
  const setRate = (date: string, rate: string) =>
    stack.db.query(`INSERT INTO fx_rates (rate_date, source, mxn_per_usd, entered_at) VALUES ($1, 'banxico-fix', $2, now()) ON CONFLICT (rate_date, source) DO UPDATE SET mxn_per_usd = EXCLUDED.mxn_per_usd`, [date, rate]);

  /** An RFQ of the buyer quoted by Bajío (MXN) and Border (USD). */
  async function quotedRfq(title: string, overrides: Record<string, unknown> = {}) {
    const rfq = await publishedRfq(stack, buyer.token, { title, ...overrides });
    for (const supplier of [bajio, border]) await invite(stack, rfq.id, supplier);
    await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio), { currency: 'MXN', prices: BAJIO_MXN }));
    await submitQuote(stack, border, rfq.id, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD', prices: BORDER_USD }));
    return rfq;
  }

  beforeAll(async () => {
    stack = await PuenteStack.start();
    buyer = await buyerParty(stack, 'Lone Star Robotics', 'en');
    const spanishUser = await stack.factory.user(buyer.organizationId, { role: 'member', language: 'es' });
    spanishBuyer = { token: (await stack.http.signIn(spanishUser.email, spanishUser.password)).accessToken };
    otherBuyer = await buyerParty(stack, 'Other Buyer LLC', 'en');
    bajio = await supplierParty(stack, 'Maquinados del Bajío', 'es');
    border = await supplierParty(stack, 'Border Precision', 'en');
  });
  afterAll(() => stack?.stop());

  it('refuses with FX_RATE_MISSING while no rate exists for an MXN quote, and freezes nothing', async () => {
    const rfq = await quotedRfq('No rate yet');
    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).status).toBe(200);
    const refused = await call('GET', `/rfqs/${rfq.id}/comparison`, buyer.token);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'FX_RATE_MISSING', details: [expect.objectContaining({ field: 'date' })] });
    const spanish = await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/comparison`, { token: spanishBuyer.token, headers: { 'accept-language': 'es-MX' } });
    expect(spanish.body.error.message).toContain('tipo de cambio');
    expect((await stack.db.query('SELECT count(*)::int AS n FROM rfq_comparisons WHERE rfq_id = $1', [rfq.id]))[0].n).toBe(0);
  });

  it('freezes the first read after close; a newer rate changes nothing until the buyer refreshes, which is audited', async () => {
    await setRate(mexicoDate(-3), '17.1000');
    const rfq = await quotedRfq('Frozen brackets');
    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).status).toBe(200);

    const first = await call('GET', `/rfqs/${rfq.id}/comparison`, buyer.token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ rfqId: rfq.id, quoteCount: 2, refreshedCount: 0, refreshedAt: null, sort: 'landed' });
    expect(Date.parse(first.body.frozenAt)).toBeGreaterThan(Date.now() - 60_000);
    // No rate today: the latest earlier one, said so.
    expect(first.body.fxRate).toEqual({ requestedDate: mexicoDate(0), rateDate: mexicoDate(-3), mxnPerUsd: '17.1000', source: 'banxico-fix', earlierDate: true });
    const mxn = entriesOf(first.body, 1000).find((entry) => entry.currency === 'MXN') as Entry;
    expect(mxn.unitPrice).toBe('79.25');
    expect(mxn.landed?.unitPrice.fxRate).toMatchObject({ mxnPerUsd: '17.1000', date: mexicoDate(-3) });
    expect(Math.abs(Number(mxn.landed?.unitPrice.usd) - 79.25 / 17.1)).toBeLessThan(0.0001);
    // Sorted by landed cost per unit, cheapest first, in every break.
    for (const item of first.body.lines[0].breaks as Array<{ entries: Entry[] }>) {
      const landed = item.entries.map((entry) => Number(entry.landedPerUnitUsd));
      expect(landed).toEqual([...landed].sort((a, b) => a - b));
      expect(item.entries).toHaveLength(2);
    }

    await setRate(mexicoDate(0), '19.5000');
    const again = await call('GET', `/rfqs/${rfq.id}/comparison`, buyer.token);
    expect(again.body.fxRate.mxnPerUsd).toBe('17.1000');
    expect(again.body.frozenAt).toBe(first.body.frozenAt);
    expect(again.body.computedAt).toBe(first.body.computedAt);
    // The frozen figures are the same; the track record is read live (the worker may have moved it meanwhile).
    const frozenPart = (entries: Entry[]) => entries.map(({ trackRecord: _live, ...frozen }) => frozen);
    expect(frozenPart(entriesOf(again.body, 1000))).toEqual(frozenPart(entriesOf(first.body, 1000)));

    const refreshed = await call('POST', `/rfqs/${rfq.id}/comparison/refresh`, buyer.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ frozenAt: first.body.frozenAt, refreshedCount: 1 });
    expect(refreshed.body.fxRate).toEqual({ requestedDate: mexicoDate(0), rateDate: mexicoDate(0), mxnPerUsd: '19.5000', source: 'banxico-fix', earlierDate: false });
    const refreshedMxn = entriesOf(refreshed.body, 1000).find((entry) => entry.currency === 'MXN') as Entry;
    expect(Math.abs(Number(refreshedMxn.landed?.unitPrice.usd) - 79.25 / 19.5)).toBeLessThan(0.0001);
    // The dollar quote does not move with the peso.
    const usdBefore = entriesOf(first.body, 1000).find((entry) => entry.currency === 'USD') as Entry;
    const usdAfter = entriesOf(refreshed.body, 1000).find((entry) => entry.currency === 'USD') as Entry;
    expect(usdAfter.landed?.unitPrice.usd).toBe(usdBefore.landed?.unitPrice.usd);

    expect((await call('GET', `/rfqs/${rfq.id}/comparison`, buyer.token)).body.fxRate.mxnPerUsd).toBe('19.5000');
    const audit = await stack.db.query(`SELECT actor_user_id, before, after FROM audit_events WHERE action = 'rfq.comparison_refreshed' AND target_id = $1`, [rfq.id]);
    expect(audit).toEqual([
      {
        actor_user_id: buyer.user.userId,
        before: { fxRate: first.body.fxRate, computedAt: first.body.computedAt },
        after: { fxRate: refreshed.body.fxRate, computedAt: refreshed.body.computedAt },
      },
    ]);
  });

  it('answers the CSV: one row per quote × line × break, headers in the reader’s language, plain decimals, BOM, a download', async () => {
    await setRate(mexicoDate(0), '18.0000');
    const rfq = await quotedRfq('CSV brackets');
    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).status).toBe(200);
    // Two first reads at once: one snapshot is frozen and both answer it.
    const [json, twin] = await Promise.all([call('GET', `/rfqs/${rfq.id}/comparison`, buyer.token), call('GET', `/rfqs/${rfq.id}/comparison`, spanishBuyer.token)]);
    expect([json.status, twin.status]).toEqual([200, 200]);
    expect(twin.body.computedAt).toBe(json.body.computedAt);
    expect((await stack.db.query('SELECT count(*)::int AS n FROM rfq_comparisons WHERE rfq_id = $1', [rfq.id]))[0].n).toBe(1);

    const english = await stack.http.download(`/api/v1/rfqs/${rfq.id}/comparison?format=csv`, { token: buyer.token });
    expect(english.status).toBe(200);
    expect(english.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(english.headers.get('content-disposition')).toBe(`attachment; filename="comparison-${rfq.id.slice(0, 8)}.csv"`);
    expect([...english.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = english.bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0].startsWith('Line,Part,Quantity,Supplier,')).toBe(true);
    const [header, ...rows] = parse(text) as string[][];
    expect(rows).toHaveLength(3 * 2); // 3 breaks × 2 quotes
    const column = (name: string) => {
      const index = header.indexOf(name);
      expect({ name, found: index >= 0 }).toEqual({ name, found: true });
      return index;
    };
    const [quantity, supplier, currency, quoted, rate, landed, forQuantity] = [
      'Quantity', 'Supplier', 'Quote currency', 'Quoted unit price', 'Exchange rate (MXN per USD)', 'Landed cost per unit (USD)', 'Landed cost for the quantity (USD)',
    ].map(column);
    for (const row of rows) {
      const entry = entriesOf(json.body, Number(row[quantity])).find((candidate) => candidate.supplier.name === row[supplier] && candidate.currency === row[currency]) as Entry;
      // Money as plain decimals, exactly the JSON's figures.
      expect([row[quoted], row[landed], row[forQuantity]]).toEqual([entry.unitPrice, entry.landedPerUnitUsd, entry.landed?.total.forQuantity]);
      expect(row[landed]).toMatch(/^\d+\.\d{4}$/);
      expect(row[rate]).toBe(row[currency] === 'MXN' ? '18.0000' : '');
    }
    expect(rows.filter((row) => row[currency] === 'MXN').map((row) => row[quoted])).toEqual(['84.5000', '79.25', '71.1250']);

    const spanish = await stack.http.download(`/api/v1/rfqs/${rfq.id}/comparison?format=csv`, { token: spanishBuyer.token });
    const spanishHeader = spanish.bytes.subarray(3).toString('utf8').split('\r\n')[0];
    expect(spanishHeader.startsWith('Partida,Pieza,Cantidad,Proveedor,Nivel de verificación,')).toBe(true);
    expect(spanishHeader).toContain('Costo puesto en destino por unidad (USD)');
    expect(spanish.headers.get('content-language')).toBe('es');
    // An explicit language wins over the reader's.
    const forced = await stack.http.download(`/api/v1/rfqs/${rfq.id}/comparison?format=csv&lang=en`, { token: spanishBuyer.token });
    expect(forced.bytes.subarray(3).toString('utf8').startsWith('Line,Part,')).toBe(true);
  });

  it('shows each supplier’s track record read live, also on a frozen comparison, never stored in the snapshot; the CSV carries it', async () => {
    await setRate(mexicoDate(0), '18.0000');
    const rfq = await quotedRfq('Track record brackets');
    expect((await call('POST', `/rfqs/${rfq.id}/close`, buyer.token)).status).toBe(200);
    const first = await call('GET', `/rfqs/${rfq.id}/comparison`, buyer.token);
    expect(first.status).toBe(200);
    const bajioEntry = (body: typeof first.body) => entriesOf(body, 1000).find((entry) => entry.currency === 'MXN') as Entry;
    const bajioId = bajioEntry(first.body).supplier.supplierId;
    // Nobody has rated Bajío in this suite.
    expect(bajioEntry(first.body).trackRecord.rating).toEqual({ count: 0, quality: null, communication: null, onTime: null, overall: null });

    // A rating given after the freeze shows at once (inserted directly: the rating routes are tested on their own).
    const [quote] = await stack.db.query('SELECT id, supplier_organization_id FROM quotes WHERE rfq_id = $1 AND supplier_id = $2', [rfq.id, bajioId]);
    await stack.db.query(
      `INSERT INTO supplier_ratings (rfq_id, quote_id, supplier_id, supplier_organization_id, buyer_organization_id, quality, communication, on_time, rated_by, created_at, updated_at, editable_until)
       VALUES ($1, $2, $3, $4, $5, 5, 4, 4, $6, now(), now(), now() + interval '30 days')`,
      [rfq.id, quote.id, bajioId, quote.supplier_organization_id, buyer.organizationId, buyer.user.userId],
    );
    // The worker's figures for Bajío once every event of this suite reached them (close included).
    const stats = await waitFor(async () => {
      const [row] = await stack.db.query('SELECT invitations_due, invitations_answered FROM supplier_response_stats WHERE supplier_id = $1', [bajioId]);
      const [open] = await stack.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'sourcing.supplier.activity' AND sent_at IS NULL`);
      const [pending] = await stack.db.query(
        `SELECT count(*)::int AS n FROM outbox_messages o WHERE o.topic = 'sourcing.supplier.activity'
            AND NOT EXISTS (SELECT 1 FROM processed_messages p WHERE p.message_id = o.message_id AND p.consumer = 'sourcing.supplier-response-stats')`,
      );
      return row && open.n === 0 && pending.n === 0 ? row : undefined;
    }, 'the worker computing the response figures');
    const again = await call('GET', `/rfqs/${rfq.id}/comparison`, buyer.token);
    expect(again.body.frozenAt).toBe(first.body.frozenAt);
    const record = bajioEntry(again.body).trackRecord;
    // One rating: the averages are its scores; overall (5 + 4 + 4) / 3 = 4.33 -> "4.3".
    expect(record.rating).toEqual({ count: 1, quality: '5.0', communication: '4.0', onTime: '4.0', overall: '4.3' });
    expect(record.responseStats).toMatchObject({ invitationsDue: stats.invitations_due, invitationsAnswered: stats.invitations_answered });
    expect(record.responseStats?.responseRate).toBe((stats.invitations_answered / stats.invitations_due).toFixed(4));
    const [stored] = await stack.db.query('SELECT snapshot::text AS text FROM rfq_comparisons WHERE rfq_id = $1', [rfq.id]);
    expect(stored.text).not.toContain('trackRecord');

    const english = await stack.http.download(`/api/v1/rfqs/${rfq.id}/comparison?format=csv`, { token: buyer.token });
    const [header, ...rows] = parse(english.bytes.subarray(3).toString('utf8')) as string[][];
    const [supplier, rating, ratings, responseRate] = ['Supplier', 'Overall rating (1-5)', 'Ratings', 'Response rate (0-1)'].map((name) => header.indexOf(name));
    expect(Math.min(supplier, rating, ratings, responseRate)).toBeGreaterThanOrEqual(0);
    const bajioRow = rows.find((row) => row[supplier] === bajioEntry(again.body).supplier.name) as string[];
    expect([bajioRow[rating], bajioRow[ratings], bajioRow[responseRate]]).toEqual([record.rating.overall, String(record.rating.count), record.responseStats?.responseRate]);
    const spanish = await stack.http.download(`/api/v1/rfqs/${rfq.id}/comparison?format=csv`, { token: spanishBuyer.token });
    expect(spanish.bytes.subarray(3).toString('utf8').split('\r\n')[0]).toContain('Calificación general (1-5),Calificaciones,Tasa de respuesta (0-1)');
  });

  it('is read where the quotes are: sealed 403 for the buyer, 404 for another buyer and the suppliers, live under open bidding', async () => {
    const sealed = await quotedRfq('Sealed brackets');
    const refused = await call('GET', `/rfqs/${sealed.id}/comparison`, buyer.token);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'QUOTES_SEALED']);
    expect((await call('GET', `/rfqs/${sealed.id}/comparison`, otherBuyer.token)).status).toBe(404);
    expect((await call('GET', `/rfqs/${sealed.id}/comparison`, bajio.token)).status).toBe(404);
    expect((await call('POST', `/rfqs/${sealed.id}/comparison/refresh`, otherBuyer.token)).status).toBe(404);
    expect((await call('POST', `/rfqs/${sealed.id}/comparison/refresh`, border.token)).status).toBe(403);
    expect((await stack.http.download(`/api/v1/rfqs/${sealed.id}/comparison?format=csv`, { token: border.token })).status).toBe(404);

    const open = await quotedRfq('Open bidding brackets', { bidding: 'open' });
    const live = await call('GET', `/rfqs/${open.id}/comparison?sort=supplier`, buyer.token);
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ frozenAt: null, refreshedCount: 0, sort: 'supplier', quoteCount: 2 });
    const names = entriesOf(live.body, 500).map((entry) => entry.supplier.name);
    expect(names).toHaveLength(2);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect((await stack.db.query('SELECT count(*)::int AS n FROM rfq_comparisons WHERE rfq_id = $1', [open.id]))[0].n).toBe(0);
    const notYet = await call('POST', `/rfqs/${open.id}/comparison/refresh`, buyer.token);
    expect([notYet.status, notYet.body.error.code]).toEqual([409, 'RFQ_INVALID_TRANSITION']);
  });
});
