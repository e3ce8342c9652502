import type { RfqState } from '../rfq-vocabulary';

/** One awarded line. */
export interface RfqAwardView {
  id: string;
  rfqLineId: string;
  /** The RFQ line's position (0-based) and part name. */
  position: number;
  partName: string;
  quoteId: string;
  supplier: { organizationId: string; name: string };
  /** The buyer's reason; shown to the buyer and admins only (null for a supplier). */
  reason: string | null;
  awardedAt: string;
  /** Whether the comparison the award was made on is kept with it. */
  comparisonFrozen: boolean;
}

/** An RFQ's awards as the caller may see them: the buyer and admins all; a quoting supplier its own. */
export interface RfqAwardsView {
  rfqId: string;
  state: RfqState;
  awardedAt: string | null;
  awards: RfqAwardView[];
  /** Lines the buyer closed without an award (empty for a supplier). */
  closedUnawardedLineIds: string[];
}
