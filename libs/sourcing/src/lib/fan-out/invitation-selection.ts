import type { Explanation, RankedHit } from '@puente/search';
import type { InvitationSource } from '../rfq-vocabulary';

/** An invitation the fan-out means to create; the insert still checks the supplier may be invited now. */
export interface InvitationCandidate {
  supplierId: string;
  source: InvitationSource;
  /** 1-based place among the matched invitations; null for a buyer's pick outside them. */
  rank: number | null;
  score: number | null;
  explanation: Explanation | null;
}

/**
 * Who is invited: the top `topN` of the matching, claimed profiles first (they have people to answer),
 * then unclaimed listings; plus every buyer pick. A pick the matching also chose keeps its rank and score
 * but counts as the buyer's; a pick outside the top N is scored on its own (`scoredPicks`, null when it
 * lacks a required certification: still invited, since the buyer asked for it by name).
 */
export function selectInvitations(
  hits: RankedHit[],
  topN: number,
  buyerPicks: readonly string[],
  scoredPicks: ReadonlyMap<string, RankedHit | null>,
): InvitationCandidate[] {
  const ordered = [...hits.filter((hit) => hit.document.claimed), ...hits.filter((hit) => !hit.document.claimed)].slice(0, topN);
  const picks = new Set(buyerPicks);
  const chosen: InvitationCandidate[] = ordered.map((hit, index) => ({
    supplierId: hit.document.supplierId,
    source: picks.has(hit.document.supplierId) ? 'buyer' : 'match',
    rank: index + 1,
    score: hit.score,
    explanation: hit.explanation,
  }));
  const taken = new Set(chosen.map((candidate) => candidate.supplierId));
  for (const supplierId of picks) {
    if (taken.has(supplierId)) continue;
    const scored = scoredPicks.get(supplierId) ?? null;
    chosen.push({ supplierId, source: 'buyer', rank: null, score: scored?.score ?? null, explanation: scored?.explanation ?? null });
  }
  return chosen;
}
