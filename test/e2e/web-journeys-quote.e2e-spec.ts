import { OutboxPublisher, SystemClock } from '@puente/platform';
import { rfqDeadlineSet } from '@puente/sourcing';
import { readPdfText, waitFor } from '@puente/testing';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { newContext } from './support/browser';
import { browserJourney } from './support/browser-journey';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { claimedSupplier, type SupplierFixture } from './support/rfq-stack';
import { publishedRfq } from './support/rfq-world';
import { check } from './support/screen-check';
import { signInThroughBrowser } from './support/web-session';

// The quote journeys of issue 16 in Chromium: two suppliers quote one RFQ (one in pesos on a Spanish phone with
// its PDF, one in dollars at an English desk who revises), the buyer sees only the count until the deadline
// passes, then both quotes; and a supplier withdraws a quote after confirming, then quotes again.

/** A quote document: the API reads the type from the bytes. */
const QUOTE_PDF = Buffer.from('%PDF-1.7\n% Cotizacion Maquinados del Bajio\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/** A supplier organization (a claimed listing) whose members are named, and live in `timeZone`. */
async function namedSupplier(stack: PuenteStack, name: string, members: Array<{ name: string; language: 'en' | 'es' }>, listing: { state: string; municipality: string }): Promise<SupplierFixture> {
  const supplier = await claimedSupplier(stack, {
    name,
    languages: members.map((member) => member.language),
    listing: { ...listing, processes: ['proc.casting.die-casting'], materials: ['mat.aluminum'] },
  });
  for (const [index, member] of members.entries()) {
    await stack.db.query(`UPDATE users SET name = $2, time_zone = 'America/Mexico_City' WHERE id = $1`, [supplier.members[index].userId, member.name]);
  }
  return supplier;
}

/** A buyer organization and its member, named, on Chicago's clock; answers the member's API token too. */
async function namedBuyer(stack: PuenteStack, organization: string, name: string) {
  const org = await stack.factory.organization({ name: organization, kind: 'buyer', country: 'US' });
  const user = await stack.factory.user(org.id, { name });
  const { accessToken } = await stack.http.signIn(user.email, user.password);
  return { ...user, token: accessToken };
}

/**
 * The deadline passes: moved into the past as an amendment would move it (the row and `rfqDeadlineSet` in one
 * transaction), so the worker's deadline job closes the RFQ, as it would have on time. Resolves once closed.
 */
async function passDeadline(stack: PuenteStack, rfqId: string): Promise<void> {
  await stack.db.transaction(async (manager) => {
    const deadline = new Date(Date.now() - 1_000);
    await manager.query('UPDATE rfqs SET quote_deadline = $2 WHERE id = $1', [rfqId, deadline]);
    await new OutboxPublisher(new SystemClock()).publish(manager, rfqDeadlineSet, { rfqId, quoteDeadline: deadline.toISOString() });
  });
  await waitFor(async () => {
    const [row] = await stack.db.query('SELECT state, closed_reason FROM rfqs WHERE id = $1', [rfqId]);
    return row.state === 'closed' ? row : undefined;
  }, 'the deadline job to close the RFQ');
}

/** The price cell of one quantity break of one part, by its accessible name. */
const priceCell = (page: Page, label: string, quantity: string, line: string) => page.getByRole('textbox', { name: `${label}, ${quantity}, ${line}`, exact: true });

/** Picks an option of a Mantine select by its label (within `scope`). */
async function choose(page: Page, scope: ReturnType<Page['locator']> | Page, label: string | RegExp, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

// A browser journey takes longer than an API call (see web-journeys.e2e-spec.ts); this one has three actors.
jest.setTimeout(300_000);

describe('Quotes in the web app (Chromium)', () => {
  let stack: PuenteStack;
  let browser: Browser;
  const shots = browserJourney((started) => ({ stack, browser } = started));

  it('two suppliers quote (MXN on a Spanish phone with a PDF, USD at an English desk, revised); the buyer sees the count only, then both quotes once the deadline passes', async () => {
    const base = stack.http.base;
    const buyer = await namedBuyer(stack, 'Lone Star Robotics Quotes', 'Brooke Buyer');
    const bajio = await namedSupplier(stack, 'Maquinados del Bajío Cotiza', [{ name: 'Lucía Cotiza', language: 'es' }], { state: 'Guanajuato', municipality: 'Irapuato' });
    const norte = await namedSupplier(
      stack,
      'Fundidora Norteña Quotes',
      [
        { name: 'Nora Norteña', language: 'en' },
        { name: 'Nico Norteño', language: 'en' },
      ],
      { state: 'Nuevo León', municipality: 'Apodaca' },
    );
    const title = 'Die-cast wrist housing and cover';
    const rfq = await publishedRfq(stack, buyer.token, {
      title,
      lines: [
        { partName: 'Wrist housing', processes: ['proc.casting.die-casting'], materials: ['mat.aluminum'], quantities: [500, 2000], unit: 'pcs' },
        { partName: 'Cover plate', processes: ['proc.casting.die-casting'], materials: ['mat.aluminum'], quantities: [1000], unit: 'pcs' },
      ],
      visibility: 'invite_only',
      invitedSupplierIds: [bajio.supplierId, norte.supplierId],
      quoteDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    });
    await waitFor(async () => {
      const invited = (await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/invitations`, { token: buyer.token })).body.data ?? [];
      return invited.length === 2 || undefined;
    }, 'the fan-out to invite both suppliers', 60_000);

    // Lucía, on her phone in Spanish: from her invitation to the quote form.
    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const page = await phone.newPage();
    await signInThroughBrowser(page, base, bajio.members[0].email, bajio.members[0].password, 'Hola, Lucía Cotiza');
    await page.goto(`${base}/opportunities`);
    await page.getByTestId('invitation').filter({ hasText: title }).getByRole('link', { name: title }).click();
    const own = page.getByRole('region', { name: 'Tu cotización' });
    await own.getByText('Aún no cotizas.', { exact: false }).waitFor();
    await check(page, 'opportunity-quote-none-es', shots);
    await own.getByRole('link', { name: 'Cotizar' }).click();
    await page.getByRole('heading', { name: 'Tu cotización', level: 1 }).waitFor();

    // Pesos; the first price shows its extended price as she types; the second break left empty, the cover
    // plate not quoted without saying why, no production days and no origin criterion: named before sending.
    await page.getByRole('radio', { name: 'MXN (pesos mexicanos)' }).check();
    const housing = 'Partida 1: Wrist housing';
    const cover = 'Partida 2: Cover plate';
    await priceCell(page, 'Precio unitario (MXN)', '500 pzas', housing).fill('185.50');
    await page.getByRole('group', { name: '500 pzas' }).getByTestId('quote-extended').getByText('$92,750.00').waitFor();
    await page.getByRole('checkbox', { name: `No cotizo esta pieza: ${cover}` }).check();
    await page.getByRole('button', { name: 'Enviar cotización' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Revisa 4 campos antes de enviar' });
    await problems.getByText(`${housing}, 2,000 pzas: precio unitario`).waitFor();
    await problems.getByText(`${cover}: motivo para no cotizar`).waitFor();
    await problems.getByText('Producción (días)').waitFor();
    await problems.getByText('Criterio de origen T-MEC').waitFor();
    expect(await priceCell(page, 'Precio unitario (MXN)', '2,000 pzas', housing).getAttribute('aria-invalid')).toBe('true');
    await check(page, 'quote-form-problems-es', shots);

    await priceCell(page, 'Precio unitario (MXN)', '2,000 pzas', housing).fill('172.25');
    // A field's error goes as soon as it is filled in; the others stay until they are.
    expect(await priceCell(page, 'Precio unitario (MXN)', '2,000 pzas', housing).getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('alert').filter({ hasText: 'Revisa 3 campos antes de enviar' }).waitFor();
    await page.getByRole('group', { name: '2,000 pzas' }).getByTestId('quote-extended').getByText('$344,500.00').waitFor();
    await choose(page, page.getByTestId('quote-line').filter({ hasText: cover }), /^Motivo/, 'No es nuestro proceso');
    // Tooling: a die-casting die for the housing, owned by the buyer once paid.
    await page.getByRole('button', { name: 'Agregar herramental' }).click();
    const tooling = page.getByRole('region', { name: 'Herramental 1' });
    await tooling.getByRole('textbox', { name: /^Descripción/ }).fill('Molde de fundición a presión, 2 cavidades');
    await tooling.getByRole('textbox', { name: /^Costo \(MXN\)/ }).fill('185,000');
    await tooling.getByRole('checkbox', { name: housing }).check();
    await page.getByTestId('quote-tooling-total').getByText('Total de herramental: $185,000.00').waitFor();
    await page.getByRole('textbox', { name: /^Primeras muestras \(días\)/ }).fill('25');
    await page.getByRole('textbox', { name: /^Producción \(días\)/ }).fill('40');
    // FCA from her only plant, its place filled in; the RFQ's HS code filled in (she mistypes it first).
    expect(await page.getByRole('combobox', { name: /^Se embarca desde/ }).inputValue()).toBe('Maquinados del Bajío Cotiza (Irapuato, Guanajuato)');
    expect(await page.getByRole('combobox', { name: /^Incoterm 2020/ }).inputValue()).toBe('FCA – Franco transportista');
    expect(await page.getByRole('textbox', { name: /^Lugar convenido/ }).inputValue()).toBe('Irapuato, Guanajuato');
    const hsCode = page.getByRole('textbox', { name: /^Fracción arancelaria SA/ });
    expect(await hsCode.inputValue()).toBe('761699');
    await hsCode.fill('999999');
    await page.getByRole('radio', { name: /^B: cumple la regla específica de origen/ }).check();
    await page.getByRole('checkbox', { name: /^Podemos emitir la certificación de origen T-MEC/ }).check();
    await page.getByRole('textbox', { name: /^Notas para el comprador/ }).fill('Incluye maquinado de barrenos y pintura en polvo.');
    // Her own PDF, uploaded with its progress bar and listed as carried by this quote.
    await page.locator('input[type="file"]').setInputFiles({ name: 'cotizacion-bajio.pdf', mimeType: 'application/pdf', buffer: QUOTE_PDF });
    await page.getByRole('button', { name: 'Subir' }).click();
    await page.getByRole('list', { name: 'Documentos que lleva esta cotización' }).getByText('cotizacion-bajio.pdf').waitFor();
    await check(page, 'quote-form-es', shots);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The API refuses the HS code: said under the field and in the list, in Spanish, never as a field path.
    await page.getByRole('button', { name: 'Enviar cotización' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Revisa 1 campo antes de enviar' });
    await refused.getByText('Fracción arancelaria SA').waitFor();
    await page.getByText('no es una subpartida de 6 dígitos de la tabla del SA').first().waitFor();
    expect(await hsCode.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('origin.hsCode').count()).toBe(0);
    await check(page, 'quote-form-refused-es', shots);
    await hsCode.fill('761699');

    await page.getByRole('button', { name: 'Enviar cotización' }).click();
    await page.getByRole('status').getByText('Cotización enviada.', { exact: false }).waitFor();
    await own.getByTestId('quote-state').getByText('Cotizado').waitFor();
    await own.getByText(/^Revisión 1, enviada el .* en MXN\.$/).waitFor();
    const bajioQuote = own.getByRole('article', { name: 'Maquinados del Bajío Cotiza' });
    await bajioQuote.getByRole('cell', { name: '$92,750.00' }).waitFor();
    await bajioQuote.getByRole('cell', { name: '$344,500.00' }).waitFor();
    await bajioQuote.getByText('cotizacion-bajio.pdf').waitFor();
    await check(page, 'opportunity-quoted-es', shots);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // What the API stored: pesos, the declined line, the tooling, the document.
    const stored = (await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/quote`, { token: bajio.members[0].token })).body;
    expect(stored).toMatchObject({
      revision: 1,
      currency: 'MXN',
      current: {
        lines: [
          { declineReason: null, breaks: [{ quantity: 500, unitPrice: '185.50', extendedPrice: '92750.00' }, { quantity: 2000, unitPrice: '172.25', extendedPrice: '344500.00' }] },
          { declineReason: 'not_our_process', breaks: [{ quantity: 1000, unitPrice: null }] },
        ],
        tooling: [{ description: 'Molde de fundición a presión, 2 cavidades', cost: '185000', owner: 'buyer' }],
        leadTime: { firstArticlesDays: 25, productionDays: 40 },
        delivery: { incoterm: 'FCA', place: 'Irapuato, Guanajuato' },
        origin: { hsCode: '761699', usmcaCriterion: 'B', canCertify: true },
        attachments: [{ fileName: 'cotizacion-bajio.pdf', fileType: 'pdf' }],
      },
    });
    // Puente's printable summary: the link to the quote's PDF route, fetched with her token, in her language.
    const pdfLink = bajioQuote.getByRole('link', { name: 'Descargar PDF' });
    expect(await pdfLink.getAttribute('href')).toBe(`/api/v1/quotes/${stored.id}/pdf`);
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe(`quote-${stored.id.slice(0, 8)}-r1.pdf`);
    const saved = await download.path();
    if (!saved) throw new Error('the PDF download was not saved');
    const summary = await readPdfText(await readFile(saved));
    for (const text of ['Resumen de cotización', title, '92,750.00', '344,500.00', 'B: cumple la regla de origen específica']) expect([text, summary.text.includes(text)]).toEqual([text, true]);
    // The same form in English on her phone, for the screenshot.
    await own.getByRole('link', { name: 'Revisar' }).click();
    await page.getByRole('heading', { name: 'Revisar tu cotización (revisión 2)', level: 1 }).waitFor();
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Revise your quote (revision 2)', level: 1 }).waitFor();
    await check(page, 'quote-form-revise-en', shots);
    await page.getByText('ES', { exact: true }).click();
    await phone.close();

    // Nora, at a desk in English: dollars, then a revision; a colleague's revision meanwhile makes her next one stale.
    const desk = await newContext(browser);
    const other = await desk.newPage();
    await signInThroughBrowser(other, base, norte.members[0].email, norte.members[0].password, 'Hello, Nora Norteña');
    await other.goto(`${base}/opportunities/${rfq.id}`);
    await other.getByRole('region', { name: 'Your quote' }).getByRole('link', { name: 'Quote', exact: true }).click();
    await other.getByRole('heading', { name: 'Your quote', level: 1 }).waitFor();
    expect(await other.getByRole('radio', { name: 'USD (US dollars)' }).isChecked()).toBe(true);
    await priceCell(other, 'Unit price (USD)', '500 pcs', 'Part 1: Wrist housing').fill('9.85');
    await priceCell(other, 'Unit price (USD)', '2,000 pcs', 'Part 1: Wrist housing').fill('9.10');
    await priceCell(other, 'Unit price (USD)', '1,000 pcs', 'Part 2: Cover plate').fill('1.2250');
    await other.getByRole('group', { name: '1,000 pcs' }).getByTestId('quote-extended').getByText('$1,225.00').waitFor();
    await other.getByRole('textbox', { name: /^Production \(days\)/ }).fill('30');
    await other.getByRole('radio', { name: /^C: only originating materials/ }).check();
    await other.getByRole('textbox', { name: /^Notes for the buyer/ }).fill('Prices include powder coat.');
    await check(other, 'quote-form-en', shots);
    await other.getByRole('button', { name: 'Send quote' }).click();
    const nora = other.getByRole('region', { name: 'Your quote' });
    await other.getByRole('status').getByText('Quote sent.', { exact: false }).waitFor();
    await nora.getByText(/^Revision 1, sent .* in USD\.$/).waitFor();

    await nora.getByRole('link', { name: 'Revise' }).click();
    await other.getByRole('heading', { name: 'Revise your quote (revision 2)', level: 1 }).waitFor();
    expect(await priceCell(other, 'Unit price (USD)', '500 pcs', 'Part 1: Wrist housing').inputValue()).toBe('9.85');
    await priceCell(other, 'Unit price (USD)', '500 pcs', 'Part 1: Wrist housing').fill('9.60');
    await other.getByRole('group', { name: '500 pcs' }).getByTestId('quote-extended').getByText('$4,800.00').waitFor();
    await other.getByRole('button', { name: 'Send revision 2' }).click();
    await other.getByRole('status').getByText('Revision 2 sent.').waitFor();
    await nora.getByRole('button', { name: 'Revision history (2 revisions)' }).click();
    const history = nora.getByRole('list', { name: /Fundidora Norteña Quotes/ });
    await history.getByText(/^Revision 2, /).waitFor();
    await history.getByText(/^Revision 1, /).waitFor();
    await nora.getByRole('cell', { name: '$9.60' }).waitFor();
    await check(other, 'opportunity-revised-en', shots);

    // Her colleague sends revision 3 over the API while she has revision 3 open: hers is refused as stale, said plainly.
    await nora.getByRole('link', { name: 'Revise' }).click();
    await other.getByRole('heading', { name: 'Revise your quote (revision 3)', level: 1 }).waitFor();
    await priceCell(other, 'Unit price (USD)', '2,000 pcs', 'Part 1: Wrist housing').fill('8.95');
    const plantId = await plantOf(stack, norte);
    await submitQuote(stack, { token: norte.members[1].token }, rfq.id, quoteBody(rfq, plantId, { currency: 'USD', prices: ['9.60', '9.10'], revises: 2 }));
    await other.getByRole('button', { name: 'Send revision 3' }).click();
    const stale = other.getByRole('alert').filter({ hasText: 'Your quote changed since you opened this form' });
    await stale.waitFor();
    await check(other, 'quote-form-stale-en', shots);
    await stale.getByRole('button', { name: 'Reload the current quote' }).click();
    await other.getByRole('heading', { name: 'Revise your quote (revision 4)', level: 1 }).waitFor();
    expect(await priceCell(other, 'Unit price (USD)', '2,000 pcs', 'Part 1: Wrist housing').inputValue()).toBe('9.10');
    await other.getByRole('link', { name: 'Cancel' }).click();
    await nora.getByText(/^Revision 3, sent .* in USD\.$/).waitFor();
    await desk.close();

    // The buyer, at a desk in English: two quotes, sealed until the deadline on his clock, who quoted, no price.
    const buyerDesk = await newContext(browser);
    const buyerPage = await buyerDesk.newPage();
    await signInThroughBrowser(buyerPage, base, buyer.email, buyer.password, 'Hello, Brooke Buyer');
    await buyerPage.goto(`${base}/rfqs/${rfq.id}`);
    const quotes = buyerPage.getByRole('region', { name: 'Quotes' });
    await quotes.getByText(/^2 quotes received, sealed until .+ \(your time\)$/).waitFor();
    await quotes.getByText('Maquinados del Bajío Cotiza').waitFor();
    await quotes.getByText('Fundidora Norteña Quotes').waitFor();
    expect(await quotes.getByRole('table').count()).toBe(0);
    for (const price of ['92,750', '344,500', '9.60', '4,800']) expect([price, await buyerPage.getByText(price, { exact: false }).count()]).toEqual([price, 0]);
    await check(buyerPage, 'rfq-quotes-sealed-en', shots);
    await buyerPage.getByText('ES', { exact: true }).click();
    await buyerPage.getByRole('region', { name: 'Cotizaciones' }).getByText(/^2 cotizaciones recibidas, selladas hasta el .+ \(tu hora\)$/).waitFor();
    await check(buyerPage, 'rfq-quotes-sealed-es', shots);
    await buyerPage.getByText('EN', { exact: true }).click();

    // The deadline passes; the worker's deadline job closes the RFQ; on reload, both quotes with their prices.
    await passDeadline(stack, rfq.id);
    await buyerPage.reload();
    const bajioCard = quotes.getByRole('article', { name: 'Maquinados del Bajío Cotiza' });
    const norteCard = quotes.getByRole('article', { name: 'Fundidora Norteña Quotes' });
    await bajioCard.getByRole('table').first().waitFor();
    await bajioCard.getByText('MXN', { exact: false }).first().waitFor();
    await bajioCard.getByRole('cell', { name: 'MX$92,750.00' }).waitFor();
    await norteCard.getByText('USD', { exact: false }).first().waitFor();
    await norteCard.getByRole('cell', { name: '$18,200.00' }).waitFor();
    await norteCard.getByRole('cell', { name: '$4,800.00' }).waitFor();
    await check(buyerPage, 'rfq-quotes-open-en', shots);
    await buyerPage.getByText('ES', { exact: true }).click();
    await buyerPage.getByRole('region', { name: 'Cotizaciones' }).getByRole('article', { name: 'Fundidora Norteña Quotes' }).getByRole('table').first().waitFor();
    await check(buyerPage, 'rfq-quotes-open-es', shots);
    await buyerDesk.close();
  });

  it('a supplier withdraws its quote after confirming, then quotes again from its last revision', async () => {
    const base = stack.http.base;
    const buyer = await namedBuyer(stack, 'Withdrawal Robotics', 'Wendy Buyer');
    const supplier = await namedSupplier(stack, 'Troqueles Arrepentidos', [{ name: 'Ramón Retira', language: 'es' }], { state: 'Coahuila', municipality: 'Saltillo' });
    const rfq = await publishedRfq(stack, buyer.token, { title: 'Stamped brackets to withdraw from', invitedSupplierIds: [supplier.supplierId] });
    await submitQuote(stack, { token: supplier.members[0].token }, rfq.id, quoteBody(rfq, await plantOf(stack, supplier), { currency: 'MXN' }));

    const phone = await newContext(browser, { locale: 'es-MX', viewport: 'phone' });
    const page = await phone.newPage();
    await signInThroughBrowser(page, base, supplier.members[0].email, supplier.members[0].password, 'Hola, Ramón Retira');
    await page.goto(`${base}/opportunities/${rfq.id}`);
    const own = page.getByRole('region', { name: 'Tu cotización' });
    await own.getByTestId('quote-state').getByText('Cotizado').waitFor();
    await own.getByRole('button', { name: 'Retirar…' }).click();
    const dialog = page.getByRole('dialog', { name: '¿Retirar tu cotización?' });
    await dialog.getByText('Le avisaremos al comprador que la retiraste.', { exact: false }).waitFor();
    await check(page, 'quote-withdraw-confirm-es', shots);
    await dialog.getByRole('button', { name: 'Retirar la cotización' }).click();
    await dialog.waitFor({ state: 'detached' });
    await own.getByTestId('quote-state').getByText('Retirada').waitFor();
    await own.getByText(/^Retiraste esta cotización el /).waitFor();
    expect(await own.getByRole('link', { name: 'Revisar' }).count()).toBe(0);
    await check(page, 'opportunity-quote-withdrawn-es', shots);
    expect((await stack.http.call('GET', `/api/v1/rfqs/${rfq.id}/quote`, { token: supplier.members[0].token })).body).toMatchObject({ state: 'withdrawn', revision: 1 });

    // Quoting again starts from the withdrawn revision and makes it active again, as revision 2.
    await own.getByRole('link', { name: 'Cotizar de nuevo' }).click();
    await page.getByRole('heading', { name: 'Tu cotización', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: 'MXN (pesos mexicanos)' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Enviar cotización' }).click();
    await page.getByRole('status').getByText('Revisión 2 enviada.').waitFor();
    await own.getByTestId('quote-state').getByText('Cotizado').waitFor();
    await phone.close();
  });
});
