import { waitFor } from '@puente/testing';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { newContext } from './support/browser';
import { browserJourney } from './support/browser-journey';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, invite, publishedRfq, supplierParty } from './support/rfq-world';
import { check } from './support/screen-check';
import { signInThroughBrowser } from './support/web-session';

// The rating journey of issue 17 in Chromium: the buyer compares a peso and a dollar quote, downloads the CSV,
// awards one and rates it; the Spanish-speaking supplier reads the award (its notice and its quote's page, in
// Spanish) and replies to the rating once; the buyer reads the reply; the supplier not selected learns only that.

// A browser journey takes longer than an API call (see web-journeys.e2e-spec.ts).
jest.setTimeout(300_000);

describe('Rating a supplier after an award in the web app (Chromium)', () => {
  let stack: PuenteStack;
  let browser: Browser;
  const shots = browserJourney((started) => ({ stack, browser } = started));

  it('the buyer compares MXN and USD quotes, exports the CSV, awards and rates; the supplier reads it in Spanish and replies; the buyer sees the reply', async () => {
    const base = stack.http.base;
    const title = 'Brackets, rated';
    const buyer = await buyerParty(stack, 'Lone Star Robotics Rating', 'en');
    await stack.db.query('UPDATE users SET name = $2 WHERE id = $1', [buyer.user.userId, 'Brooke Buyer']);
    const bajio = await supplierParty(stack, 'Maquinados del Bajío Califica', 'es');
    await stack.db.query('UPDATE users SET name = $2 WHERE id = $1', [bajio.user.userId, 'Lucía Proveedora']);
    const border = await supplierParty(stack, 'Border Precision Rating', 'en');
    await stack.db.query('UPDATE users SET name = $2 WHERE id = $1', [border.user.userId, 'Sam Supplier']);
    await stack.db.query(`INSERT INTO fx_rates (rate_date, source, mxn_per_usd, entered_at) VALUES (now()::date - 1, 'banxico-fix', 17.2500, now()) ON CONFLICT DO NOTHING`);

    const rfq = await publishedRfq(stack, buyer.token, {
      title,
      lines: [
        { partName: 'Mounting bracket', partNumber: 'BRK-2291', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 5000], unit: 'pcs' },
        { partName: 'Cover plate', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [1000], unit: 'pcs' },
      ],
    });
    for (const supplier of [bajio, border]) await invite(stack, rfq.id, supplier);
    const bajioQuote = (await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio), { currency: 'MXN', prices: ['84.5000', '71.1250'] }))).id as string;
    await submitQuote(stack, border, rfq.id, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD', prices: ['4.9000', '4.2000'] }));
    expect((await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/close`, { token: buyer.token })).status).toBe(200);

    // Brooke compares both quotes by landed cost.
    const desk = await newContext(browser);
    const page = await desk.newPage();
    await signInThroughBrowser(page, base, buyer.user.email, buyer.user.password, 'Hello, Brooke Buyer');
    await page.goto(`${base}/rfqs/${rfq.id}/compare`);
    await page.getByRole('heading', { name: 'Compare landed cost', level: 1 }).waitFor();
    const line1 = page.getByRole('region', { name: 'Line 1: Mounting bracket' });
    const rows = line1.getByRole('region', { name: '500 pieces' }).getByTestId('comparison-entry');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    const comparison = (await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/comparison`, { token: buyer.token })).body;
    const entries = comparison.lines[0].breaks[0].entries as Array<{ currency: string; supplier: { name: string } }>;
    const named = (currency: string) => entries.find((entry) => entry.currency === currency)?.supplier.name ?? '';
    const [bajioName, borderName] = [named('MXN'), named('USD')];
    await rows.filter({ hasText: bajioName }).getByText('MX$84.50').waitFor();
    await check(page, 'rating-compare-en', shots);

    // The CSV: one row per quote, line and break (2 quotes x 3 breaks), each in its quote's currency.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const saved = await download.path();
    if (!saved) throw new Error('the CSV download was not saved');
    const [header, ...csvRows] = parse((await readFile(saved, 'utf8')).replace(/^\uFEFF/, '')) as string[][];
    expect(header.slice(0, 4)).toEqual(['Line', 'Part', 'Quantity', 'Supplier']);
    const column = (name: string) => header.indexOf(name);
    const [part, quantity, supplierColumn, currency, quoted, fxRate] = ['Part', 'Quantity', 'Supplier', 'Quote currency', 'Quoted unit price', 'Exchange rate (MXN per USD)'].map(column);
    expect(csvRows).toHaveLength(2 * 3);
    const csvRow = (name: string, partName: string, units: string) => csvRows.find((row) => row[supplierColumn] === name && row[part] === partName && row[quantity] === units);
    expect([csvRow(bajioName, 'Mounting bracket', '500')?.[currency], csvRow(bajioName, 'Mounting bracket', '500')?.[quoted], csvRow(bajioName, 'Mounting bracket', '500')?.[fxRate]]).toEqual(['MXN', '84.5000', '17.2500']);
    expect([csvRow(borderName, 'Mounting bracket', '5000')?.[currency], csvRow(borderName, 'Mounting bracket', '5000')?.[quoted], csvRow(borderName, 'Mounting bracket', '5000')?.[fxRate]]).toEqual(['USD', '4.2000', '']);
    expect(csvRows.filter((row) => row[currency] === 'MXN').every((row) => row[supplierColumn] === bajioName)).toBe(true);
    expect(csvRow(borderName, 'Cover plate', '1000')).toBeDefined();

    // Award line 1 to the peso quote, closing line 2: the "Rate" action appears for the winner.
    await line1.getByRole('button', { name: `Award to ${bajioName}` }).first().click();
    const dialog = page.getByRole('dialog', { name: `Award to ${bajioName}` });
    await dialog.getByRole('checkbox', { name: /^Close the other lines without award/ }).check();
    await dialog.getByRole('button', { name: 'Award', exact: true }).click();
    await page.getByTestId('rfq-awarded').waitFor();
    const winner: string = (await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/awards`, { token: buyer.token })).body.awards[0].supplier.name;
    expect(winner).toBe('Maquinados del Bajío Califica');
    const rate = page.getByTestId('rate-actions').getByRole('link', { name: `Rate ${winner}` });
    await rate.waitFor();
    await check(page, 'rating-compare-awarded-en', shots);

    // Rate: three 1-5 radio groups and a comment; the date until which it can be changed is shown.
    await rate.click();
    await page.getByRole('heading', { name: `Rate ${winner}`, level: 1 }).waitFor();
    await page.getByText(/you can change it until .+\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Save rating' }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'Quality: 5 of 5' }).check();
    await page.getByRole('radio', { name: 'Communication: 4 of 5' }).check();
    await page.getByRole('radio', { name: 'On time: 3 of 5' }).check();
    await page.getByRole('textbox', { name: /^Comment/ }).fill('Parts on spec; the first shipment was three days late.');
    await check(page, 'rating-form-en', shots);
    await page.getByRole('button', { name: 'Save rating' }).click();
    await page.getByRole('status').getByText('Rating saved.').waitFor();
    await page.getByText(/^You can change this rating until .+\.$/).waitFor();
    const [stored] = await stack.db.query('SELECT id, quality, communication, on_time, comment FROM supplier_ratings WHERE quote_id = $1', [bajioQuote]);
    expect(stored).toMatchObject({ quality: 5, communication: 4, on_time: 3, comment: 'Parts on spec; the first shipment was three days late.' });
    // A change within the window: communication 4 -> 5.
    await page.getByRole('radio', { name: 'Communication: 5 of 5' }).check();
    await page.getByRole('button', { name: 'Save rating' }).click();
    await page.getByRole('status').getByText('Rating saved.').waitFor();
    await waitFor(async () => ((await stack.db.query('SELECT communication FROM supplier_ratings WHERE id = $1', [stored.id]))[0].communication === 5 ? true : undefined), 'the edit');
    await page.getByText('No reply from the supplier yet.').waitFor();
    await check(page, 'rating-saved-en', shots);

    // Lucía, in Spanish: the award's notice, then the quote's page with the outcome and the rating.
    const supplierContext = await newContext(browser, { locale: 'es-MX' });
    const supplierPage = await supplierContext.newPage();
    await waitFor(async () => ((await stack.db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND type = 'rating.received'`, [bajio.user.userId])).length ? true : undefined), 'the rating notice');
    await signInThroughBrowser(supplierPage, base, bajio.user.email, bajio.user.password, 'Hola, Lucía Proveedora');
    await supplierPage.getByRole('navigation').getByRole('link', { name: /Notificaciones/ }).click();
    await supplierPage.getByRole('heading', { name: 'Notificaciones', level: 1 }).waitFor();
    await supplierPage.getByText(`Adjudicación de "${title}"`).waitFor();
    await supplierPage.getByText(`Nueva calificación en "${title}"`).waitFor();
    await supplierPage.getByText('Partidas adjudicadas a ti: Mounting bracket.', { exact: false }).waitFor();
    await check(supplierPage, 'rating-supplier-notices-es', shots);

    await supplierPage.goto(`${base}/opportunities/${rfq.id}`);
    const outcome = supplierPage.getByRole('region', { name: 'Resultado de la adjudicación' });
    await outcome.getByText('Se te adjudicó: Mounting bracket.').waitFor();
    await outcome.getByTestId('rating-quality').getByText('5 de 5').waitFor();
    await outcome.getByTestId('rating-communication').getByText('5 de 5').waitFor();
    await outcome.getByTestId('rating-onTime').getByText('3 de 5').waitFor();
    await outcome.getByText('Parts on spec; the first shipment was three days late.').waitFor();
    await check(supplierPage, 'rating-supplier-outcome-es', shots);
    await outcome.getByRole('textbox', { name: 'Tu respuesta (pública, una sola vez)' }).fill('Gracias: ya ajustamos la logística de la frontera.');
    await outcome.getByRole('button', { name: 'Publicar respuesta' }).click();
    await outcome.getByTestId('rating-reply').getByText('Gracias: ya ajustamos la logística de la frontera.').waitFor();
    // One reply only: the form is gone.
    expect(await outcome.getByRole('button', { name: 'Publicar respuesta' }).count()).toBe(0);
    // Its ratings page lists it, replied.
    await supplierPage.getByRole('navigation').getByRole('link', { name: 'Calificaciones' }).click();
    await supplierPage.getByRole('heading', { name: 'Calificaciones recibidas', level: 1 }).waitFor();
    const listed = supplierPage.getByTestId('received-rating');
    // The heading shows before the list has loaded: wait for the rating, then count.
    await listed.getByRole('heading', { name: `Lone Star Robotics Rating en “${title}”` }).waitFor();
    expect(await listed.count()).toBe(1);
    await listed.getByTestId('rating-reply').waitFor();
    await check(supplierPage, 'rating-supplier-list-es', shots);
    await supplierContext.close();

    // The same two screens on a phone, where a supplier often reads them: the outcome with its reply, the list.
    const supplierPhone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const phonePage = await supplierPhone.newPage();
    await signInThroughBrowser(phonePage, base, bajio.user.email, bajio.user.password, 'Hola, Lucía Proveedora');
    await phonePage.goto(`${base}/opportunities/${rfq.id}`);
    const phoneOutcome = phonePage.getByRole('region', { name: 'Resultado de la adjudicación' });
    await phoneOutcome.getByTestId('rating-reply').getByText('Gracias: ya ajustamos la logística de la frontera.').waitFor();
    await check(phonePage, 'rating-supplier-outcome-es', shots);
    await phonePage.goto(`${base}/ratings`);
    await phonePage.getByTestId('received-rating').getByTestId('rating-reply').waitFor();
    await check(phonePage, 'rating-supplier-list-es', shots);
    await supplierPhone.close();

    // The supplier not selected reads only that: no winner, no price.
    const loserContext = await newContext(browser);
    const loserPage = await loserContext.newPage();
    await signInThroughBrowser(loserPage, base, border.user.email, border.user.password, 'Hello, Sam Supplier');
    await loserPage.goto(`${base}/opportunities/${rfq.id}`);
    const lost = loserPage.getByRole('region', { name: 'Award outcome' });
    await lost.getByTestId('outcome-not-selected').getByText('The buyer chose another offer for this request.', { exact: false }).waitFor();
    const lostText = (await lost.textContent()) ?? '';
    for (const secret of [winner, bajioName, '84.5', 'MX$']) expect(lostText).not.toContain(secret);
    await check(loserPage, 'rating-not-selected-en', shots);
    await loserContext.close();

    // Brooke reads the reply on the rating's page.
    await page.reload();
    await page.getByRole('region', { name: `Reply from ${winner}` }).getByTestId('rating-reply').getByText('Gracias: ya ajustamos la logística de la frontera.').waitFor();
    await check(page, 'rating-replied-en', shots);
    // The buyer's rating page in Spanish too: the header's language switch re-renders it in place.
    await page.getByText('ES', { exact: true }).click();
    await page.getByRole('region', { name: `Respuesta de ${winner}` }).getByTestId('rating-reply').waitFor();
    await check(page, 'rating-replied-es', shots);
    await desk.close();
  });
});
