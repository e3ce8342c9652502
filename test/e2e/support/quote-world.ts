import type { PuenteStack } from './puente-stack';
import { isoDate, type SupplierParty } from './rfq-world';

// Quotes as a supplier's client sends them, for the quote suites.

interface RfqLike {
  id: string;
  lines: Array<{ id: string; quantities: number[] }>;
}

/** The first plant of the supplier organization (quotes ship from one of their own plants). */
export async function plantOf(stack: PuenteStack, supplier: Pick<SupplierParty, 'organizationId'>): Promise<string> {
  const [plant] = await stack.db.query('SELECT id FROM supplier_plants WHERE organization_id = $1 ORDER BY created_at LIMIT 1', [supplier.organizationId]);
  if (!plant) throw new Error(`no plant for organization ${supplier.organizationId}`);
  return plant.id;
}

/**
 * A complete quote on every line of the RFQ: each break priced from `prices` (the first line's break i
 * at prices[i], later lines the same), tooling on the first line, in `currency`.
 */
export function quoteBody(rfq: RfqLike, plantId: string, options: { currency?: 'USD' | 'MXN'; prices?: string[]; revises?: number } = {}): Record<string, unknown> {
  const prices = options.prices ?? ['84.5000', '79.25', '71.1250'];
  return {
    revises: options.revises ?? 0,
    currency: options.currency ?? 'MXN',
    lines: rfq.lines.map((line) => ({
      rfqLineId: line.id,
      minimumOrder: line.quantities[0],
      breaks: line.quantities.map((quantity, index) => ({ quantity, unitPrice: prices[index % prices.length] })),
    })),
    tooling: [{ description: 'Fixture and soft jaws', cost: '185000.00', rfqLineIds: [rfq.lines[0].id], owner: 'buyer' }],
    leadTime: { firstArticlesDays: 21, productionDays: 35 },
    validUntil: isoDate(30),
    delivery: { incoterm: 'FCA', place: 'Apodaca, NL', plantId },
    origin: { hsCode: '761699', usmcaCriterion: 'B', canCertify: true },
    notes: 'Anodizado incluido.',
  };
}

/** Sends a quote and fails loudly unless it is taken. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function submitQuote(stack: PuenteStack, supplier: Pick<SupplierParty, 'token'>, rfqId: string, body: Record<string, unknown>): Promise<any> {
  const result = await stack.http.call('PUT', `/api/v1/rfqs/${rfqId}/quote`, { token: supplier.token, body });
  if (result.status !== 200) throw new Error(`PUT quote: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}
