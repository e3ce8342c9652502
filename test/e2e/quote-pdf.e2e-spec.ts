import { readPdfText } from '@puente/testing';
import { randomUUID } from 'node:crypto';
import { PuenteStack } from './support/puente-stack';
import { plantOf, quoteBody, submitQuote } from './support/quote-world';
import { buyerParty, publishedRfq, supplierParty, type BuyerParty, type SupplierParty } from './support/rfq-world';

interface QuoteJson {
  id: string;
  revision: number;
  current: {
    lines: Array<{ declineReason: string | null; breaks: Array<{ extendedPrice: string | null; declineReason: string | null }> }>;
    toolingTotal: string;
  };
}

/** Order total per break position, from the quote the API answered: priced breaks plus tooling, in cents. */
function orderTotals(quote: QuoteJson): bigint[] {
  const cents = (amount: string) => {
    const [whole, fraction = ''] = amount.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  };
  const columns = Math.max(...quote.current.lines.map((line) => line.breaks.length));
  return Array.from({ length: columns }, (_, index) =>
    quote.current.lines.reduce((sum, line) => {
      const quoted = line.breaks[index];
      return quoted?.extendedPrice && !quoted.declineReason && !line.declineReason ? sum + cents(quoted.extendedPrice) : sum;
    }, cents(quote.current.toolingTotal)),
  );
}

function money(cents: bigint, locale: 'es-MX' | 'en-US'): string {
  const decimal = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}` as `${number}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'MXN' }).format(decimal);
}

/** The order totals as the PDF's totals table prints them, in order. */
function printedTotals(text: string, heading: string, expected: string[]): void {
  let from = text.indexOf(heading);
  expect(from).toBeGreaterThanOrEqual(0);
  for (const total of expected) {
    const at = text.indexOf(total, from);
    expect([total, at > from]).toEqual([total, true]);
    from = at + total.length;
  }
}

describe('quote summary PDF', () => {
  let stack: PuenteStack;
  let buyer: BuyerParty;
  let supplier: SupplierParty;
  let otherSupplier: SupplierParty;

  beforeAll(async () => {
    stack = await PuenteStack.start();
    buyer = await buyerParty(stack, 'Lone Star Trailers');
    supplier = await supplierParty(stack, 'Troqueles del Norte', 'es');
    otherSupplier = await supplierParty(stack, 'Border Stamping', 'en');
  });
  afterAll(() => stack?.stop());

  const pdfOf = (quoteId: string, token: string, lang?: string) => stack.http.download(`/api/v1/quotes/${quoteId}/pdf${lang ? `?lang=${lang}` : ''}`, { token });

  it('gives the supplier its summary in Spanish, the buyer nothing while sealed, then the same totals in English', async () => {
    const rfq = await publishedRfq(stack, buyer.token, {
      title: 'Stamped trailer brackets',
      lines: [
        { partName: 'Hinge bracket', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [500, 1000, 5000], unit: 'pcs' },
        { partName: 'Latch plate', processes: ['proc.machining.cnc-machining'], materials: ['mat.aluminum'], quantities: [200, 400, 800], unit: 'pcs' },
      ],
    });
    const body = quoteBody(rfq, await plantOf(stack, supplier), { currency: 'MXN', prices: ['84.5000', '79.25', '71.1250'] });
    const lines = body.lines as Array<{ breaks: Array<Record<string, unknown>> }>;
    lines[1].breaks[2] = { quantity: 800, unitPrice: null, declineReason: 'no_capacity' };
    const quote: QuoteJson = await submitQuote(stack, supplier, rfq.id, body);
    const totals = orderTotals(quote);
    // From the API's answer, not the PDF: first break 500×84.50 + 200×84.50 + 185,000 tooling; the third leaves line 2 out.
    expect(totals).toEqual([24_415_000n, 29_595_000n, 54_062_500n]);
    const fileName = `quote-${quote.id.slice(0, 8)}-r1.pdf`;

    const spanish = await pdfOf(quote.id, supplier.token);
    expect(spanish.status).toBe(200);
    expect(spanish.headers.get('content-type')).toBe('application/pdf');
    expect(spanish.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    expect(spanish.headers.get('cache-control')).toBe('private, no-store');
    const es = await readPdfText(spanish.bytes);
    expect(es.text).toContain('Resumen de cotización');
    expect(es.text).toContain('Stamped trailer brackets');
    expect(es.text).toContain('Partida 2: Latch plate');
    expect(es.text).toContain('No cotizado: sin capacidad');
    printedTotals(es.text, 'Totales del pedido por volumen', totals.map((total) => money(total, 'es-MX')));
    expect(es.text).not.toContain('MX$');

    const sealed = await stack.http.call('GET', `/api/v1/quotes/${quote.id}/pdf`, { token: buyer.token });
    expect(sealed.status).toBe(403);
    expect(sealed.body.error.code).toBe('QUOTES_SEALED');
    const stranger = await stack.http.call('GET', `/api/v1/quotes/${quote.id}/pdf`, { token: otherSupplier.token });
    expect(stranger.status).toBe(404);
    expect(stranger.body.error.code).toBe('NOT_FOUND');

    const closed = await stack.http.call('POST', `/api/v1/rfqs/${rfq.id}/close`, { token: buyer.token });
    expect(closed.status).toBe(200);

    const english = await pdfOf(quote.id, buyer.token);
    expect(english.status).toBe(200);
    expect(english.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
    const en = await readPdfText(english.bytes);
    expect(en.text).toContain('Quote summary');
    expect(en.text).toContain('Declined: no capacity');
    expect(en.text).not.toContain('Resumen de cotización');
    printedTotals(en.text, 'Order totals by quantity break', totals.map((total) => money(total, 'en-US')));
    expect(en.info).toMatchObject({ Author: 'Puente', Title: 'Quote summary: Stamped trailer brackets' });

    // Both sides hold the same document: the buyer asking for Spanish gets the supplier's bytes.
    const buyersSpanish = await pdfOf(quote.id, buyer.token, 'es');
    expect(buyersSpanish.bytes.equals(spanish.bytes)).toBe(true);
    const suppliersEnglish = await pdfOf(quote.id, supplier.token, 'en');
    expect(suppliersEnglish.bytes.equals(english.bytes)).toBe(true);
  });

  it('refuses a language it does not write, naming the parameter', async () => {
    const result = await stack.http.call('GET', `/api/v1/quotes/${randomUUID()}/pdf?lang=fr`, { token: supplier.token });
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe('VALIDATION_FAILED');
    expect(result.body.error.details).toEqual([expect.objectContaining({ field: 'lang' })]);
  });
});
