// What the rating routes answer (each interface has a response class in apps/api implementing it).

/** One buyer's rating of a supplier after an award, with the supplier's public reply. */
export interface SupplierRatingView {
  id: string;
  rfqId: string;
  quoteId: string;
  supplierId: string;
  /** 1..5 each. */
  quality: number;
  communication: number;
  onTime: number;
  comment: string | null;
  createdAt: string;
  updatedAt: string;
  /** Until when the buyer may still change it (30 days after it was given). */
  editableUntil: string;
  reply: { text: string; repliedAt: string } | null;
}

/** Averages over a supplier's ratings (one decimal as a string, e.g. "4.3"); null fields when it has none. */
export interface SupplierRatingSummaryView {
  count: number;
  quality: string | null;
  communication: string | null;
  onTime: string | null;
  /** The mean of the three averages. */
  overall: string | null;
}
