import { fxRateForLandedCost, toolingForLine } from './comparison-compute';
import { sortComparison } from './comparison-sort';
import type { ComparisonEntryView, ComparisonLineView } from './comparison-views';

const tooling = (cost: string, rfqLineIds: string[]) => ({ description: 'Die', cost, rfqLineIds, owner: 'buyer' as const });

describe('toolingForLine', () => {
  it('gives a line its own tooling in full and an even share of tooling it shares, to the cent', () => {
    const revision = { tooling: [tooling('185000.00', ['a']), tooling('1000.00', ['a', 'b', 'c']), tooling('50.00', ['b'])] };
    expect(toolingForLine(revision, 'a')).toBe('185333.33');
    expect(toolingForLine(revision, 'b')).toBe('383.33');
    expect(toolingForLine(revision, 'c')).toBe('333.33');
    expect(toolingForLine(revision, 'd')).toBe('0.00');
  });
});

describe('fxRateForLandedCost', () => {
  it('names the source and says when an earlier day’s rate stands in', () => {
    expect(fxRateForLandedCost({ requestedDate: '2026-12-06', rateDate: '2026-12-04', mxnPerUsd: '17.2698', source: 'banxico-fix', earlierDate: true })).toEqual({
      mxnPerUsd: '17.2698',
      date: '2026-12-04',
      source: 'Banxico FIX (SF43718)',
      note: 'no rate for 2026-12-06; the latest earlier one (2026-12-04) used',
    });
    expect(fxRateForLandedCost({ requestedDate: '2026-12-04', rateDate: '2026-12-04', mxnPerUsd: '18.0000', source: 'manual', earlierDate: false })).toEqual({
      mxnPerUsd: '18.0000',
      date: '2026-12-04',
      source: 'admin entry',
    });
    expect(fxRateForLandedCost(null)).toBeNull();
  });
});

describe('sortComparison', () => {
  const entry = (name: string, landed: string | null, usd: string | null, high: number | null): ComparisonEntryView =>
    ({
      quoteId: name,
      supplier: { name },
      landedPerUnitUsd: landed,
      landed: usd === null ? null : { unitPrice: { usd } },
      daysToDelivery: high === null ? null : { leadTimeDays: 30, low: high - 3, high },
    }) as unknown as ComparisonEntryView;
  const lines: ComparisonLineView[] = [
    {
      rfqLineId: 'l',
      position: 0,
      partName: 'Bracket',
      unit: 'pcs',
      breaks: [{ quantity: 500, entries: [entry('Zeta', '10.5000', '9.0000', 40), entry('Alfa', null, null, null), entry('Beta', '9.7500', '9.5000', 52), entry('Gama', '10.5000', '8.1000', 38)] }],
    },
  ];
  const order = (sort: 'landed' | 'price' | 'days' | 'supplier') => sortComparison(lines, sort)[0].breaks[0].entries.map((item) => item.supplier.name);

  it('orders by landed cost (ties by name), price in USD, days or name, with what was not computed last', () => {
    expect(order('landed')).toEqual(['Beta', 'Gama', 'Zeta', 'Alfa']);
    expect(order('price')).toEqual(['Gama', 'Zeta', 'Beta', 'Alfa']);
    expect(order('days')).toEqual(['Gama', 'Zeta', 'Beta', 'Alfa']);
    expect(order('supplier')).toEqual(['Alfa', 'Beta', 'Gama', 'Zeta']);
    // The snapshot itself is left as it was stored.
    expect(lines[0].breaks[0].entries.map((item) => item.supplier.name)).toEqual(['Zeta', 'Alfa', 'Beta', 'Gama']);
  });
});
