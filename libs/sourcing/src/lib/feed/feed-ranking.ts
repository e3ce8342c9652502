import { scoreCandidate, type Explanation, type Requirement, type SearchDocument } from '@puente/search';
import { compareIds } from '../fan-out/best-hit-per-supplier';

/** An open RFQ the caller may see, before ranking. */
export interface FeedCandidate {
  rfqId: string;
  /** The RFQ's stored requirement (built at publish); null for one published before requirements were stored. */
  requirement: Requirement | null;
  /** The caller holds a live (not declined) invitation to it: those come first. */
  invited: boolean;
  quoteDeadline: Date;
}

export interface RankedFeedCandidate extends FeedCandidate {
  score: number;
  explanation: Explanation;
}

/** What a supplier without a searchable profile (or an RFQ without a requirement) is scored with: nothing. */
export const EMPTY_EXPLANATION: Explanation = {
  matchedConcepts: [],
  missingConcepts: [],
  industryCode: null,
  certifications: [],
  transit: null,
  nearKm: null,
  components: [],
};

/**
 * The fan-out's scoring, inverted: the caller's own search document scored against each RFQ's requirement
 * with the one ranking function buyers' searches use. Text relevance is left out (it needs an engine's
 * answer over many documents; one document alone has no scale), so the explanation holds only what was
 * really compared. An RFQ whose required certificate the supplier lacks is still listed, after the ones
 * it qualifies for, with an explanation that shows the missing certificate.
 *
 * Order: live invitations first, then RFQs the supplier qualifies for, then by score, then the nearest
 * deadline; ties by id so pages are stable.
 */
export function rankFeed(candidates: FeedCandidate[], document: SearchDocument | null): RankedFeedCandidate[] {
  const scored = candidates.map((candidate) => {
    if (!document || !candidate.requirement) return { ...candidate, qualifies: true, score: 0, explanation: EMPTY_EXPLANATION };
    const requirement = { ...candidate.requirement, text: '' };
    const strict = scoreCandidate({ document, textScore: 0 }, requirement);
    const hit = strict ?? scoreCandidate({ document, textScore: 0 }, { ...requirement, certifications: requirement.certifications.map((c) => ({ ...c, required: false })) });
    return { ...candidate, qualifies: strict !== null, score: Math.round((hit?.score ?? 0) * 10_000) / 10_000, explanation: hit?.explanation ?? EMPTY_EXPLANATION };
  });
  scored.sort(
    (a, b) =>
      Number(b.invited) - Number(a.invited) ||
      Number(b.qualifies) - Number(a.qualifies) ||
      b.score - a.score ||
      a.quoteDeadline.getTime() - b.quoteDeadline.getTime() ||
      compareIds(a.rfqId, b.rfqId),
  );
  return scored.map(({ qualifies: _qualifies, ...ranked }) => ranked);
}
