import type { RankedHit, SearchDocument } from '@puente/search';
import { bestHitPerSupplier } from './best-hit-per-supplier';
import { selectInvitations } from './invitation-selection';

const EXPLANATION = { matchedConcepts: [], missingConcepts: [], industryCode: null, certifications: [], transit: null, nearKm: null, components: [] };

function hit(supplierId: string, score: number, claimed: boolean): RankedHit {
  return { document: { supplierId, claimed } as SearchDocument, score, explanation: { ...EXPLANATION, nearKm: score } };
}

describe('bestHitPerSupplier', () => {
  it('keeps each supplier once, with its best answer (RFQ or line), best first, ties by id', () => {
    const merged = bestHitPerSupplier([
      [hit('b', 0.5, true), hit('a', 0.4, true)],
      [hit('a', 0.7, true), hit('c', 0.5, false)],
    ]);
    expect(merged.map((h) => [h.document.supplierId, h.score])).toEqual([
      ['a', 0.7],
      ['b', 0.5],
      ['c', 0.5],
    ]);
  });
});

describe('selectInvitations', () => {
  const hits = [hit('unclaimed-best', 0.9, false), hit('claimed-1', 0.8, true), hit('unclaimed-2', 0.7, false), hit('claimed-2', 0.6, true)];

  it('puts claimed profiles first, then unclaimed listings, up to N, ranked 1..N', () => {
    expect(selectInvitations(hits, 3, [], new Map()).map((c) => [c.supplierId, c.source, c.rank])).toEqual([
      ['claimed-1', 'match', 1],
      ['claimed-2', 'match', 2],
      ['unclaimed-best', 'match', 3],
    ]);
  });

  it('adds the buyer’s picks: a matched one keeps its rank as the buyer’s, another is scored on its own', () => {
    const scored = new Map([['picked-outside', hit('picked-outside', 0.2, true)]]);
    const chosen = selectInvitations(hits, 2, ['claimed-2', 'picked-outside', 'not-visible'], new Map([...scored, ['not-visible', null]]));
    expect(chosen.map((c) => [c.supplierId, c.source, c.rank, c.score])).toEqual([
      ['claimed-1', 'match', 1, 0.8],
      ['claimed-2', 'buyer', 2, 0.6],
      ['picked-outside', 'buyer', null, 0.2],
      ['not-visible', 'buyer', null, null],
    ]);
    expect(chosen[2].explanation?.nearKm).toBe(0.2);
  });
});
