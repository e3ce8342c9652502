import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { newContext, screenshot } from './support/browser';
import { browserJourney } from './support/browser-journey';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, invite, publishedRfq, supplierParty } from './support/rfq-world';
import { check } from './support/screen-check';
import { signInThroughBrowser } from './support/web-session';

// The comparison journey of issue 17 in Chromium: an RFQ quoted in pesos and in dollars closes; the buyer first
// meets the missing exchange rate, then (an admin having entered one) compares the quotes by landed cost, opens a
// breakdown, downloads the CSV and awards line 1, closing the other; a Spanish colleague reads it on a phone.

const DAY_MS = 86_400_000;
/** The calendar date in Mexico City (the FIX's day) `days` from now. */
const mexicoDate = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * DAY_MS));

/** The CSV's English header line, as the API words it. */
const CSV_HEADER = [
  'Line',
  'Part',
  'Quantity',
  'Supplier',
  'Verification level',
  'Certifications valid on need-by date',
  'Overall rating (1-5)',
  'Ratings',
  'Response rate (0-1)',
  'Quote currency',
  'Quoted unit price',
  'Declined',
  'Incoterm',
  'Incoterm place',
  'Exchange rate (MXN per USD)',
  'Exchange rate date',
  'Unit price (USD)',
  'Freight per unit (USD)',
  'Duty per unit (USD)',
  'Processing fee per unit (USD)',
  'Tooling per unit (USD)',
  'Landed cost per unit (USD)',
  'Landed cost for the quantity (USD)',
  'Landed cost per unit without USMCA (USD)',
  'USMCA applies',
  'Lead time (days)',
  'Days to delivery (low)',
  'Days to delivery (high)',
  'Not computed because',
].join(',');

// A browser journey takes longer than an API call (see web-journeys.e2e-spec.ts).
jest.setTimeout(300_000);

describe('Comparing and awarding quotes in the web app (Chromium)', () => {
  let stack: PuenteStack;
  let browser: Browser;
  const shots = browserJourney((started) => ({ stack, browser } = started));

  it('the buyer compares an MXN and a USD quote by landed cost, reads a breakdown, downloads the CSV and awards line 1 closing the rest; Spanish on a phone', async () => {
    const base = stack.http.base;
    const buyer = await buyerParty(stack, 'Lone Star Robotics Compare', 'en');
    await stack.db.query('UPDATE users SET name = $2 WHERE id = $1', [buyer.user.userId, 'Brooke Buyer']);
    const colleague = await stack.factory.user(buyer.organizationId, { role: 'member', language: 'es' });
    await stack.db.query('UPDATE users SET name = $2 WHERE id = $1', [colleague.userId, 'Beto Comprador']);
    const bajio = await supplierParty(stack, 'Maquinados del Bajío Compara', 'es');
    const border = await supplierParty(stack, 'Border Precision Compare', 'en');
    const platform = await stack.factory.platformOrganization();
    const admin = await stack.factory.user(platform.id);
    const adminToken = (await stack.http.signIn(admin.email, admin.password)).accessToken;

    const rfq = await publishedRfq(stack, buyer.token, {
      title: 'Brackets and covers, compared',
      lines: [
        { partName: 'Mounting bracket', partNumber: 'BRK-2291', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 5000], unit: 'pcs' },
        { partName: 'Cover plate', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [1000], unit: 'pcs' },
      ],
    });
    for (const supplier of [bajio, border]) await invite(stack, rfq.id, supplier);
    await submitQuote(stack, bajio, rfq.id, quoteBody(rfq, await plantOf(stack, bajio), { currency: 'MXN', prices: ['84.5000', '71.1250'] }));
    await submitQuote(stack, border, rfq.id, quoteBody(rfq, await plantOf(stack, border), { currency: 'USD', prices: ['4.9000', '4.2000'] }));
    expect((await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/close`, { token: buyer.token })).status).toBe(200);

    // Brooke, at a desk in English: from the RFQ's quotes to the comparison, which has no rate yet.
    const desk = await newContext(browser);
    const page = await desk.newPage();
    await signInThroughBrowser(page, base, buyer.user.email, buyer.user.password, 'Hello, Brooke Buyer');
    await page.goto(`${base}/rfqs/${rfq.id}`);
    await page.getByRole('region', { name: 'Quotes' }).getByRole('link', { name: 'Compare landed cost' }).click();
    await page.getByRole('heading', { name: 'Compare landed cost', level: 1 }).waitFor();
    await page.getByRole('alert').getByText('No peso–dollar exchange rate is available for this comparison yet.', { exact: false }).waitFor();
    await check(page, 'compare-fx-missing-en', shots);

    // An admin enters yesterday's FIX (none today): the comparison uses it and says it is an earlier day's.
    const entered = await stack.http.call('POST', '/api/v1/fx-rates', { token: adminToken, body: { date: mexicoDate(-1), mxnPerUsd: '17.2500', source: 'banxico-fix' } });
    expect(entered.status).toBe(200);
    await page.reload();
    const basis = page.getByTestId('comparison-basis');
    await basis.getByText(/^Exchange rate: 17\.2500 pesos per dollar \(Banxico FIX, .+\)\.$/).waitFor();
    await basis.getByText(/^There was no rate for .+; the rate of .+, the latest earlier one, is used\.$/).waitFor();
    await basis.getByText(/^Frozen on /).waitFor();
    const line1 = page.getByRole('region', { name: 'Line 1: Mounting bracket' });
    const line2 = page.getByRole('region', { name: 'Line 2: Cover plate' });
    const break500 = line1.getByRole('region', { name: '500 pieces' });
    // Both quotes side by side, cheapest landed cost first, pesos shown in pesos and in dollars.
    const rows = break500.getByTestId('comparison-entry');
    expect(await rows.count()).toBe(2);
    const comparison = (await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/comparison`, { token: buyer.token })).body;
    const entries500 = comparison.lines[0].breaks[0].entries as Array<{ currency: string; supplier: { name: string }; landedPerUnitUsd: string }>;
    expect(await rows.nth(0).getByText(entries500[0].supplier.name).count()).toBe(1);
    expect(await rows.nth(1).getByText(entries500[1].supplier.name).count()).toBe(1);
    // The comparison names suppliers by their profile (the listing's name here).
    const named = (currency: string) => entries500.find((entry) => entry.currency === currency)?.supplier.name ?? '';
    const [bajioName, borderName] = [named('MXN'), named('USD')];
    const bajioRow = rows.filter({ hasText: bajioName });
    await bajioRow.getByText('MX$84.50').waitFor();
    await bajioRow.getByText(/^\$4\.\d{4} in USD$/).waitFor();
    await check(page, 'compare-en', shots);

    // How Bajío's landed cost is computed: the legs, duty with and without USMCA, the assumptions with sources.
    await break500.getByRole('button', { name: `How this is computed: ${bajioName}, 500 pieces` }).click();
    const breakdown = break500.getByTestId('comparison-breakdown');
    await breakdown.getByRole('rowheader', { name: '· Mexican leg' }).waitFor();
    await breakdown.getByText(/Without USMCA: \$/).first().waitFor();
    await breakdown.getByText('Assumptions and their sources').waitFor();
    await breakdown.getByText('The exchange rate of', { exact: false }).waitFor();
    expect(await breakdown.getByTestId('comparison-assumptions').getByRole('listitem').count()).toBeGreaterThan(5);
    // The assumptions are worded from their codes (a configured or documented source is shown as written).
    await breakdown.getByText('lead time + transit days').waitFor();
    await check(page, 'compare-breakdown-en', shots);
    await break500.getByRole('button', { name: `Hide how this is computed: ${bajioName}, 500 pieces` }).click();

    // Cost against time for line 1, 500 pieces: one point per quote, the cheapest and fastest marked, the same
    // figures in a table for screen readers; then line 2.
    const chart = page.getByRole('region', { name: 'Cost against time' });
    const picture = chart.getByRole('img', { name: 'Landed cost per unit against days to delivery, Line 1: Mounting bracket, 500 pieces' });
    await picture.waitFor();
    expect(await chart.getByTestId('chart-point').count()).toBe(2);
    const described = await picture.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(described).toContain(`${entries500[0].supplier.name}: $${Number(entries500[0].landedPerUnitUsd).toFixed(4)}`);
    expect(described).toContain('lowest cost');
    const hiddenTable = chart.getByRole('table', { name: /^Landed cost per unit against days to delivery/ });
    expect(await hiddenTable.getByRole('row').count()).toBe(3);
    await hiddenTable.getByRole('rowheader', { name: bajioName }).waitFor();
    await chart.getByText('Days to delivery (longest estimate)').waitFor();
    await chart.getByText('Landed cost per unit (USD)').waitFor();
    await check(page, 'compare-chart-en', shots);
    await chart.getByRole('combobox', { name: 'Line' }).click();
    await page.getByRole('option', { name: 'Line 2: Cover plate' }).click();
    await chart.getByRole('img', { name: 'Landed cost per unit against days to delivery, Line 2: Cover plate, 1,000 pieces' }).waitFor();

    // The print view: every line and break with its breakdown, the rate with its date and source, the figures
    // with their sources, the frozen date; printed without the navigation.
    await page.getByRole('link', { name: 'Print view' }).click();
    const printed = page.getByTestId('comparison-print');
    await printed.getByRole('heading', { name: 'Landed cost comparison', level: 1 }).waitFor();
    await printed.getByTestId('print-basis').getByText(/^Exchange rate used: 17\.2500 pesos per dollar, Banxico FIX, rate of .+\.$/).waitFor();
    await printed.getByTestId('print-basis').getByText(/^Frozen on .+: later rates do not change these figures/).waitFor();
    const settings = printed.getByTestId('comparison-settings');
    await settings.getByRole('row', { name: /US freight per truck-km.*\$1\.40(00)? per truck-km.*Puente estimate/ }).waitFor();
    await settings.getByRole('row', { name: /Processing fee .*FY2026.*CBP/ }).waitFor();
    expect(await printed.getByTestId('print-entry').count()).toBe(6);
    expect(await printed.getByTestId('comparison-breakdown').count()).toBe(6);
    await check(page, 'compare-print-en', shots);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await printed.getByRole('heading', { name: 'Landed cost comparison' }).isVisible()).toBe(true);
    shots.push(await screenshot(page, 'compare-print-media-en'));
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('link', { name: 'Back to the comparison' }).click();
    await page.getByRole('heading', { name: 'Compare landed cost', level: 1 }).waitFor();
    await page.getByRole('button', { name: "Refresh with today's rate" }).waitFor();

    // The CSV, fetched with her token, headers in English.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`comparison-${rfq.id.slice(0, 8)}.csv`);
    const saved = await download.path();
    if (!saved) throw new Error('the CSV download was not saved');
    const csv = (await readFile(saved, 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.split(/\r?\n/)[0]).toBe(CSV_HEADER);

    // Award line 1 to the dollar quote, closing line 2 without award.
    await line1.getByRole('button', { name: `Award to ${borderName}` }).first().click();
    const dialog = page.getByRole('dialog', { name: `Award to ${borderName}` });
    expect(await dialog.getByRole('checkbox', { name: 'Line 1: Mounting bracket' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox', { name: 'Line 2: Cover plate' }).isChecked()).toBe(false);
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Lowest landed cost and USMCA certified.');
    await dialog.getByRole('checkbox', { name: /^Close the other lines without award/ }).check();
    await check(page, 'compare-award-dialog-en', shots);
    await dialog.getByRole('button', { name: 'Award', exact: true }).click();
    await page.getByRole('status').getByText(/^Awarded to .+\.$/).waitFor();
    // The award names the winning organization (the comparison names its profile).
    const awards = (await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/awards`, { token: buyer.token })).body;
    expect(awards).toMatchObject({
      state: 'awarded',
      awards: [{ partName: 'Mounting bracket', supplier: { organizationId: border.organizationId }, reason: 'Lowest landed cost and USMCA certified.', comparisonFrozen: true }],
      closedUnawardedLineIds: [rfq.lines[1].id],
    });
    const winner: string = awards.awards[0].supplier.name;
    await page.getByRole('status').getByText(`Awarded to ${winner}.`).waitFor();
    await line1.getByTestId('line-outcome').getByText(`Awarded to ${winner}`).waitFor();
    await line2.getByTestId('line-outcome').getByText('Closed without award').waitFor();
    await page.getByTestId('rfq-awarded').getByText('This request is awarded.').waitFor();
    await page.getByTestId('rfq-state').getByText('Awarded').waitFor();
    expect(await page.getByRole('button', { name: /^Award to / }).count()).toBe(0);
    // Awarded: the comparison the award was made on is the record, so no refresh is offered (the API refuses one).
    expect(await page.getByRole('button', { name: "Refresh with today's rate" }).count()).toBe(0);
    await check(page, 'compare-awarded-en', shots);
    await desk.close();

    // Beto, on his phone in Spanish: the same comparison as cards, a breakdown open, the lines' outcome.
    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const mobile = await phone.newPage();
    await signInThroughBrowser(mobile, base, colleague.email, colleague.password, 'Hola, Beto Comprador');
    await mobile.goto(`${base}/rfqs/${rfq.id}/compare`);
    await mobile.getByRole('heading', { name: 'Comparar costo puesto en destino', level: 1 }).waitFor();
    const linea1 = mobile.getByRole('region', { name: 'Partida 1: Mounting bracket' });
    await linea1.getByTestId('line-outcome').getByText(`Adjudicada a ${winner}`).waitFor();
    await mobile.getByRole('region', { name: 'Partida 2: Cover plate' }).getByTestId('line-outcome').getByText('Cerrada sin adjudicar').waitFor();
    expect(await mobile.getByTestId('comparison-table').count()).toBe(0);
    await check(mobile, 'compare-phone-es', shots);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await linea1.getByRole('region', { name: '500 piezas' }).getByRole('button', { name: `Cómo se calcula: ${bajioName}, 500 piezas` }).click();
    await linea1.getByTestId('comparison-breakdown').getByText('Supuestos y sus fuentes').waitFor();
    await linea1.getByTestId('comparison-breakdown').getByText('Se usó el tipo de cambio del', { exact: false }).waitFor();
    // The assumptions read in Spanish too.
    await linea1.getByTestId('comparison-breakdown').getByText('tiempo de entrega + días de tránsito').waitFor();
    await linea1.getByTestId('comparison-breakdown').getByText(/Estimación por capítulo del SA, no una resolución arancelaria; /).waitFor();
    expect(await linea1.getByTestId('comparison-breakdown').getByText('lead time + transit days').count()).toBe(0);
    await linea1.getByTestId('comparison-breakdown').getByText(/los diez puertos de carga comercial más transitados/).waitFor();
    await linea1.getByTestId('comparison-breakdown').getByText(/^Fuente: Estimación de Puente: caja seca de carga completa en México/).waitFor();
    await check(mobile, 'compare-breakdown-phone-es', shots);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await mobile.getByRole('button', { name: 'Actualizar con el tipo de cambio de hoy' }).count()).toBe(0);

    // The chart and the print view in Spanish, on the phone.
    const grafica = mobile.getByRole('region', { name: 'Costo contra tiempo' });
    await grafica.getByRole('img', { name: 'Costo puesto en destino por unidad contra días de entrega, Partida 1: Mounting bracket, 500 piezas' }).waitFor();
    await grafica.getByText('Días de entrega (estimación más larga)').waitFor();
    await grafica.scrollIntoViewIfNeeded();
    await check(mobile, 'compare-chart-phone-es', shots);
    expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await mobile.getByRole('link', { name: 'Vista para imprimir' }).click();
    const impresa = mobile.getByTestId('comparison-print');
    await impresa.getByRole('heading', { name: 'Comparación de costo puesto en destino', level: 1 }).waitFor();
    await impresa.getByTestId('print-basis').getByText(/^Tipo de cambio usado: 17\.2500 pesos por dólar, FIX de Banxico, tipo del .+\.$/).waitFor();
    await impresa.getByRole('heading', { name: 'Cifras usadas y sus fuentes' }).waitFor();
    await impresa.getByText('tiempo de entrega + días de tránsito').first().waitFor();
    // The documented figures' sources read in Spanish too (a configured one would read as the operator wrote it).
    await impresa.getByTestId('comparison-settings').getByText(/^Estimación de Puente: caja seca de carga completa en México/).waitFor();
    await check(mobile, 'compare-print-phone-es', shots);
    await mobile.emulateMedia({ media: 'print' });
    expect(await mobile.getByRole('banner').isVisible()).toBe(false);
    shots.push(await screenshot(mobile, 'compare-print-media-es'));
    await phone.close();
  });
});
