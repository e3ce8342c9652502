import type { SupplierRatingView } from './rating-views';

/** GET /rfqs/{rfqId}/ratings: the buyer's ratings on its RFQ; an awarded supplier sees only its own. */
export interface RfqRatingsView {
  rfqId: string;
  data: SupplierRatingView[];
}

/** One rating a supplier organization received, with what it was about. */
export interface ReceivedRatingView extends SupplierRatingView {
  rfqTitle: string;
  buyerName: string;
}

/** GET /supplier-ratings: newest first, a page at a time. */
export interface ReceivedRatingPageView {
  data: ReceivedRatingView[];
  nextCursor: string | null;
}
