import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { QuoteBreakView, QuoteLineView, QuoteView } from '../quote-views';
import { quotePdfFileName } from './quote-pdf-context';
import { renderQuotePdf } from './render-quote-pdf';

interface ParsedPdf {
  text: string;
  pages: number;
  info: Record<string, string>;
}

// pdf-parse needs ES modules Jest cannot load: the real parser runs in a child process.
const READ_PDF = resolve(__dirname, '../../../../../../tools/read-pdf-text.mjs');
function readPdf(pdf: Buffer): ParsedPdf {
  const parsed = JSON.parse(execFileSync(process.execPath, [READ_PDF], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8')) as ParsedPdf;
  // Intl writes no-break spaces ("USD 1.00", "5:00 p.m."); compare with plain ones.
  return { ...parsed, text: parsed.text.replace(/[\u00a0\u202f]/g, ' ') };
}

const LINE_1 = 'a1a1a1a1-0000-4000-8000-000000000001';
const LINE_2 = 'a1a1a1a1-0000-4000-8000-000000000002';

function priced(quantity: number, unitPrice: string, extendedPrice: string): QuoteBreakView {
  return { quantity, unitPrice, extendedPrice, declineReason: null };
}

/** Two lines of three breaks, the second line's largest declined, two tools, in pesos. */
function fixtureQuote(): QuoteView {
  const current = {
    revision: 2,
    rfqVersion: 1,
    createdAt: '2026-03-10T16:45:00.000Z',
    currency: 'MXN' as const,
    lines: [
      {
        rfqLineId: LINE_1,
        position: 0,
        partName: 'Soporte de montaje',
        unit: 'pcs',
        declineReason: null,
        minimumOrder: 500,
        breaks: [priced(1000, '12.3456', '12345.60'), priced(5000, '11.0125', '55062.50'), priced(10000, '10.5', '105000.00')],
      },
      {
        rfqLineId: LINE_2,
        position: 1,
        partName: 'Tapa de aluminio',
        unit: 'pcs',
        declineReason: null,
        minimumOrder: null,
        breaks: [
          priced(500, '48.75', '24375.00'),
          priced(2000, '45.999', '91998.00'),
          { quantity: 8000, unitPrice: null, extendedPrice: null, declineReason: 'quantity_too_high' as const },
        ],
      },
    ],
    tooling: [
      { description: 'Troquel progresivo', cost: '185000.00', rfqLineIds: [LINE_1], owner: 'buyer' as const },
      { description: 'Dispositivo de soldadura', cost: '42500.50', rfqLineIds: [LINE_1, LINE_2], owner: 'supplier' as const },
    ],
    toolingTotal: '227500.50',
    leadTime: { firstArticlesDays: 20, productionDays: 45 },
    validUntil: '2026-04-30',
    delivery: {
      incoterm: 'FCA' as const,
      place: 'Apodaca, NL',
      plant: { id: 'p1', name: 'Planta Apodaca', state: 'Nuevo León', stateCode: 'NL', municipality: 'Apodaca' },
    },
    origin: { hsCode: '870829', usmcaCriterion: 'B' as const, canCertify: true },
    notes: 'Precios con acabado e-coat. Empaque retornable incluido.',
    attachments: [{ id: 'att1', fileName: 'cotizacion-formal.pdf', fileType: 'pdf', sizeBytes: 1234, createdAt: '2026-03-10T16:40:00.000Z' }],
  };
  return {
    id: '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b',
    rfqId: 'b0b0b0b0-0000-4000-8000-000000000000',
    rfqTitle: 'Brackets and covers for the 2027 program',
    buyer: { organizationId: 'o-buyer', name: 'Lone Star Trailers' },
    rfqVersion: 1,
    state: 'active',
    revision: 2,
    currency: 'MXN',
    supplier: { organizationId: 'o-supplier', supplierId: 's1', name: 'Metalúrgica del Norte', verificationLevel: 'documents_verified' },
    submittedAt: '2026-03-09T10:00:00.000Z',
    revisedAt: current.createdAt,
    withdrawnAt: null,
    current,
    revisions: [current],
  };
}

/** The order total of break position `index`, in cents, from the fixture's stated amounts (not the renderer's). */
function expectedTotalCents(quote: QuoteView, index: number): bigint {
  const cents = (amount: string) => {
    const [whole, fraction = ''] = amount.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  };
  const lines = quote.current.lines.reduce((sum, line) => {
    const quoted = line.breaks[index];
    return quoted?.extendedPrice && !line.declineReason ? sum + cents(quoted.extendedPrice) : sum;
  }, 0n);
  const tooling = quote.current.tooling.reduce((sum, tool) => sum + cents(tool.cost), 0n);
  return lines + tooling;
}

function money(cents: bigint, locale: 'es-MX' | 'en-US', currency: 'MXN' | 'USD'): string {
  const decimal = `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}` as `${number}`;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal).replace(/\u00a0/g, ' ');
}

/** The text after `heading`, where the section's values are. */
function sectionAfter(text: string, heading: string): string {
  const at = text.indexOf(heading);
  expect(at).toBeGreaterThanOrEqual(0);
  return text.slice(at + heading.length);
}

describe('renderQuotePdf', () => {
  it('writes the summary in Spanish with pesos as Mexico writes them and the order totals per break', async () => {
    const quote = fixtureQuote();
    const { text, pages, info } = readPdf(await renderQuotePdf(quote, 'es'));

    expect(pages).toBe(2);
    for (const label of ['Resumen de cotización', 'Comprador', 'Lone Star Trailers', 'Proveedor', 'Metalúrgica del Norte', 'Revisión']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('2, enviada el 10 mar 2026, 4:45 p.m. UTC');
    expect(text).toContain('la versión 1 de la solicitud');
    expect(text).toContain('Pesos mexicanos (MXN)');
    expect(text).toContain('Partida 1: Soporte de montaje');
    expect(text).toContain('Pedido mínimo 500 pzas');
    // Unit prices keep their 4 places; extended prices and totals have 2; es-MX writes pesos as "$".
    expect(text).toMatch(/1,000 pzas \$12\.3456 \$12,345\.60/);
    expect(text).toMatch(/2,000 pzas \$45\.999 \$91,998\.00/);
    expect(text).toMatch(/8,000 pzas — — No cotizado: cantidad demasiado alta/);
    expect(text).not.toContain('MX$');
    expect(text).toContain('Troquel progresivo 1 Comprador $185,000.00');
    expect(text).toContain('Dispositivo de soldadura 1, 2 Proveedor $42,500.50');
    expect(text).toContain('Total de herramentales $227,500.50');
    expect(text).toContain('FCA Apodaca, NL');
    expect(text).toContain('Planta Apodaca, Apodaca, Nuevo León');
    expect(text).toContain('8708.29');
    expect(text).toContain('B: cumple la regla de origen específica');
    expect(text).toContain('30 de abril de 2026');
    expect(text).toContain('cotizacion-formal.pdf');
    expect(text).toContain('1 / 2');
    expect(text).toContain('2 / 2');

    const totals = sectionAfter(text, 'Totales del pedido por volumen');
    const expected = [0, 1, 2].map((index) => money(expectedTotalCents(quote, index), 'es-MX', 'MXN'));
    expect(expected).toEqual(['$264,221.10', '$374,561.00', '$332,500.50']);
    let from = 0;
    for (const total of expected) {
      const at = totals.indexOf(total, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + total.length;
    }
    expect(totals).toContain('P2: 8,000 pzas (no cotizada)');

    expect(info.Title).toBe('Resumen de cotización: Brackets and covers for the 2027 program');
    expect(info.Author).toBe('Puente');
    expect(info.CreationDate).toBe('D:20260310164500Z');
  });

  it('writes the same quote in English for the buyer, pesos marked MX$, with the same totals', async () => {
    const quote = fixtureQuote();
    const { text } = readPdf(await renderQuotePdf(quote, 'en'));

    for (const label of ['Quote summary', 'Buyer', 'Supplier', 'Mexican pesos (MXN)', 'Line 2: Tapa de aluminio', 'Tooling total', 'Prices valid until']) {
      expect(text).toContain(label);
    }
    expect(text).not.toContain('Resumen de cotización');
    expect(text).toContain('2, submitted Mar 10, 2026, 4:45 PM UTC');
    expect(text).toMatch(/1,000 pcs MX\$12\.3456 MX\$12,345\.60/);
    expect(text).toMatch(/8,000 pcs — — Declined: quantity too high/);
    expect(text).toContain('April 30, 2026');
    expect(text).toContain('B: meets the product-specific rule of origin');

    const totals = sectionAfter(text, 'Order totals by quantity break');
    const expected = [0, 1, 2].map((index) => money(expectedTotalCents(quote, index), 'en-US', 'MXN'));
    expect(expected).toEqual(['MX$264,221.10', 'MX$374,561.00', 'MX$332,500.50']);
    for (const total of expected) expect(totals).toContain(total);
    expect(totals).toContain('L2: 8,000 pcs (not quoted)');
  });

  it('gives the same bytes for the same revision, and marks a withdrawn quote', async () => {
    const quote = fixtureQuote();
    const first = await renderQuotePdf(quote, 'es');
    expect((await renderQuotePdf(quote, 'es')).equals(first)).toBe(true);

    const withdrawn: QuoteView = { ...quote, state: 'withdrawn', withdrawnAt: '2026-03-11T09:00:00.000Z' };
    const { text } = readPdf(await renderQuotePdf(withdrawn, 'en'));
    expect(text).toContain('WITHDRAWN on Mar 11, 2026, 9:00 AM UTC');
    expect(text).toContain('State Withdrawn');
    expect(quotePdfFileName(quote)).toBe('quote-3f2a9c1e-r2.pdf');
  });

  it('breaks a long quote across pages, numbering them, and still adds every line into the totals', async () => {
    const quote = fixtureQuote();
    const breaks = (position: number): QuoteBreakView[] =>
      Array.from({ length: 10 }, (_, index) => {
        const quantity = (index + 1) * 1000;
        // unit price position.index0 pesos, e.g. "7.0300": extended = quantity × price, exact in cents
        const unitPrice = `${position}.${String(index * 3).padStart(2, '0')}00`;
        const cents = BigInt(quantity) * BigInt(position * 100 + index * 3);
        return priced(quantity, unitPrice, `${cents / 100n}.${(cents % 100n).toString().padStart(2, '0')}`);
      });
    const lines: QuoteLineView[] = Array.from({ length: 30 }, (_, index) => ({
      rfqLineId: `line-${index + 1}`,
      position: index,
      partName: `Pieza número ${index + 1}`,
      unit: 'pcs',
      declineReason: null,
      minimumOrder: 100,
      breaks: breaks(index + 1),
    }));
    const long: QuoteView = { ...quote, current: { ...quote.current, lines, tooling: quote.current.tooling.map((tool) => ({ ...tool, rfqLineIds: ['line-1'] })) } };

    const { text, pages } = readPdf(await renderQuotePdf(long, 'es'));
    expect(pages).toBeGreaterThan(5);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`${page} / ${pages}`);
    expect(text).not.toContain(`${pages + 1} / ${pages}`);
    expect(text).toContain('Partida 30: Pieza número 30');
    // Every line's table has its header, and a table cut by a page break repeats it on the next page.
    expect(text.split('Precio unitario').length - 1).toBeGreaterThan(30);
    expect(text).toContain('P1–P30: 10,000 pzas');

    const totals = sectionAfter(text, 'Totales del pedido por volumen');
    for (const index of [0, 9]) expect(totals).toContain(money(expectedTotalCents(long, index), 'es-MX', 'MXN'));
  });
});
