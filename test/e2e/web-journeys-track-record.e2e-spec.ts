import type { Browser } from 'playwright-core';
import { waitFor } from '@puente/testing';
import { newContext } from './support/browser';
import { browserJourney } from './support/browser-journey';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, invite, publishedRfq, supplierParty } from './support/rfq-world';
import { check } from './support/screen-check';
import { signInThroughBrowser } from './support/web-session';

// The track record of issue 17 in Chromium: a supplier with a history (invited, quoted two hours later, awarded,
// rated, replied) read by anyone in English and in Spanish on a phone; a new supplier's empty states; and the
// rating and response rate beside each quote in the buyer's comparison.

// A browser journey takes longer than an API call (see web-journeys.e2e-spec.ts).
jest.setTimeout(300_000);

describe('A supplier’s track record in the web app (Chromium)', () => {
  let stack: PuenteStack;
  let browser: Browser;
  const shots = browserJourney((started) => ({ stack, browser } = started));

  it('anyone reads a supplier’s figures, ratings and replies in English and Spanish; a new supplier reads as new; the comparison shows both beside each quote', async () => {
    const base = stack.http.base;
    const buyer = await buyerParty(stack, 'Lone Star Robotics Record', 'en');
    await stack.db.query('UPDATE users SET name = $2 WHERE id = $1', [buyer.user.userId, 'Brooke Buyer']);
    const bajio = await supplierParty(stack, 'Maquinados del Bajío Historial', 'es');
    const newcomer = await supplierParty(stack, 'Troqueles Nuevos', 'es');

    // Both invited two hours ago; Bajío quotes, the newcomer too (so both appear in the comparison); closed; Bajío wins.
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Brackets with a track record' });
    for (const supplier of [bajio, newcomer]) await invite(stack, rfq.id, supplier);
    await stack.db.query(`UPDATE rfq_invitations SET created_at = clock_timestamp() - interval '2 hours' WHERE rfq_id = $1`, [rfq.id]);
    const quote = await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio), { currency: 'USD', prices: ['4.9000', '4.6000', '4.2000'] }));
    await submitQuote(stack, newcomer, rfq.id, quoteBody(rfq, await plantOf(stack, newcomer), { currency: 'USD', prices: ['5.1000', '4.8000', '4.4000'] }));
    expect((await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/close`, { token: buyer.token })).status).toBe(200);
    const lineIds = rfq.lines.map((line: { id: string }) => line.id);
    expect((await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/award`, { token: buyer.token, body: { quoteId: quote.id, lineIds } })).status).toBe(200);
    // The buyer's rating and Bajío's reply (rows written directly: the rating screens are another journey).
    await stack.db.query(
      `INSERT INTO supplier_ratings (rfq_id, quote_id, supplier_id, supplier_organization_id, buyer_organization_id, quality, communication, on_time, comment,
                                     rated_by, created_at, updated_at, editable_until, reply, replied_by, replied_at)
       VALUES ($1, $2, $3, $4, $5, 5, 4, 4, 'Parts to print, packed well.', $6, now(), now(), now() + interval '30 days', 'Gracias, un gusto trabajar con ustedes.', $7, now())`,
      [rfq.id, quote.id, bajio.supplierId, bajio.organizationId, buyer.organizationId, buyer.user.userId, bajio.user.userId],
    );
    await waitFor(
      async () => (await stack.db.query('SELECT quotes_awarded FROM supplier_response_stats WHERE supplier_id = $1', [bajio.supplierId]))[0]?.quotes_awarded === 1 || undefined,
      'the worker computing Bajío’s figures',
    );

    // A visitor at a desk, in English.
    const visitor = await newContext(browser);
    const reader = await visitor.newPage();
    await reader.goto(`${base}/suppliers/${bajio.supplierId}`);
    const record = reader.getByRole('region', { name: 'Track record on Puente' });
    await record.waitFor();
    await record.getByText('100% — answered 1 of 1 invitations').waitFor();
    await record.getByText('2 hours', { exact: true }).waitFor();
    await record.getByText('100% — won 1 of 1 decided quotes').waitFor();
    await record.getByText('4.3 out of 5 from 1 rating').waitFor();
    await record.getByText('“Parts to print, packed well.”').waitFor();
    await record.getByText('Gracias, un gusto trabajar con ustedes.').waitFor();
    await check(reader, 'track-record-en', shots);
    await visitor.close();

    // On a phone in Spanish: the same figures in Spanish; then the newcomer, with no invitation due yet... it quoted,
    // so its one invitation is answered; its award rate and ratings still read as new.
    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const mobile = await phone.newPage();
    await mobile.goto(`${base}/suppliers/${bajio.supplierId}`);
    const historial = mobile.getByRole('region', { name: 'Historial en Puente' });
    await historial.getByText('100 % — respondió 1 de 1 invitaciones').waitFor();
    await historial.getByText('4.3 de 5 con 1 calificación').waitFor();
    await historial.getByText('Respuesta del proveedor').waitFor();
    await check(mobile, 'track-record-es-phone', shots);
    await waitFor(
      async () => (await stack.db.query('SELECT quotes_decided FROM supplier_response_stats WHERE supplier_id = $1', [newcomer.supplierId]))[0]?.quotes_decided === 1 || undefined,
      'the worker computing the newcomer’s figures',
    );
    await mobile.goto(`${base}/suppliers/${newcomer.supplierId}`);
    const nuevo = mobile.getByRole('region', { name: 'Historial en Puente' });
    await nuevo.getByText('0 % — ganó 0 de 1 cotizaciones decididas').waitFor();
    await nuevo.getByText('Aún sin calificaciones: los compradores califican a un proveedor después de adjudicarle.').waitFor();
    await check(mobile, 'track-record-new-supplier-es-phone', shots);

    // A supplier no buyer has invited yet: every figure in its empty state.
    const fresh = await supplierParty(stack, 'Recién Llegados', 'es');
    await mobile.goto(`${base}/suppliers/${fresh.supplierId}`);
    const vacio = mobile.getByRole('region', { name: 'Historial en Puente' });
    await vacio.getByText('Aún no tiene invitaciones por responder: este proveedor es nuevo en Puente.').waitFor();
    await vacio.getByText('Aún no ha cotizado tras una invitación.').waitFor();
    await check(mobile, 'track-record-empty-es-phone', shots);
    await phone.close();

    // The buyer's comparison: each quote with its supplier's rating and response rate.
    const desk = await newContext(browser);
    const page = await desk.newPage();
    await signInThroughBrowser(page, base, buyer.user.email, buyer.user.password, 'Hello, Brooke Buyer');
    await page.goto(`${base}/rfqs/${rfq.id}/compare`);
    await page.getByRole('heading', { name: 'Compare landed cost', level: 1 }).waitFor();
    const rows = page.getByTestId('comparison-entry');
    await rows.filter({ hasText: '4.3/5 from 1 rating' }).first().getByText('Responds to 100% of invitations').waitFor();
    await rows.filter({ hasText: 'No ratings yet' }).first().waitFor();
    await check(page, 'compare-track-record-en', shots);
    await desk.close();

    // A Spanish colleague on a phone reads the same beside each quote card.
    const colleague = await stack.factory.user(buyer.organizationId, { role: 'member', language: 'es' });
    await stack.db.query('UPDATE users SET name = $2 WHERE id = $1', [colleague.userId, 'Beto Comprador']);
    const phoneDesk = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const cards = await phoneDesk.newPage();
    await signInThroughBrowser(cards, base, colleague.email, colleague.password, 'Hola, Beto Comprador');
    await cards.goto(`${base}/rfqs/${rfq.id}/compare`);
    await cards.getByText('4.3/5 con 1 calificación').first().waitFor();
    await cards.getByText('Aún sin calificaciones').first().waitFor();
    await cards.getByText('Responde al 100 % de las invitaciones').first().waitFor();
    await check(cards, 'compare-track-record-es-phone', shots);
    await phoneDesk.close();
  });
});
