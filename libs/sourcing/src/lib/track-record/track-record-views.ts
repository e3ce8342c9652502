// A supplier's track record on Puente: how it answers invitations and how buyers rate it.
import type { SupplierRatingSummaryView, SupplierRatingView } from '../ratings/rating-views';

/** The worker's figures for one supplier (`supplier_response_stats`); rates are 0..1 as strings with 4 decimals. */
export interface SupplierResponseStatsView {
  invitationsDue: number;
  invitationsAnswered: number;
  /** invitationsAnswered / invitationsDue; null when nothing is due yet. */
  responseRate: string | null;
  quotesSubmitted: number;
  medianMinutesToQuote: number | null;
  quotesDecided: number;
  quotesAwarded: number;
  /** quotesAwarded / quotesDecided; null when no buyer has decided on its quotes yet. */
  awardRate: string | null;
  computedAt: string;
}

/** What the comparison shows per supplier (read live, never frozen with the comparison). */
export interface SupplierTrackRecordSummaryView {
  rating: SupplierRatingSummaryView;
  /** null until the worker has computed the supplier's figures. */
  responseStats: SupplierResponseStatsView | null;
}

/** `GET /suppliers/{supplierId}/track-record`: public, for the supplier's profile page. */
export interface SupplierTrackRecordView extends SupplierTrackRecordSummaryView {
  supplierId: string;
  /** The newest ratings (at most 10) with their replies. */
  recentRatings: SupplierRatingView[];
}
