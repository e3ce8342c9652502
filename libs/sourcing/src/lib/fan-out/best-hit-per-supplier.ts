import type { RankedHit } from '@puente/search';

/**
 * Merges the matching's answers for the whole RFQ and for each line: one hit per supplier, the best-scoring
 * one (its explanation is the one the buyer reads), best first, ties by supplier id so a replay ranks alike.
 */
export function bestHitPerSupplier(answers: RankedHit[][]): RankedHit[] {
  const best = new Map<string, RankedHit>();
  for (const hits of answers) {
    for (const hit of hits) {
      const current = best.get(hit.document.supplierId);
      if (!current || hit.score > current.score) best.set(hit.document.supplierId, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || compareIds(a.document.supplierId, b.document.supplierId));
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
