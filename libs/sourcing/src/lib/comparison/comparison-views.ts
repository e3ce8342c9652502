// What the comparison route answers (each interface has a response class in apps/api implementing it).
import type { Currency } from '@puente/platform';
import type { FxRateUsedView } from '../fx/fx-views';
import type { QuoteSupplierView } from '../quotes/quote-views';
import type { Incoterm, QuoteDeclineReason, RfqBidding } from '../rfq-vocabulary';
import type { SupplierTrackRecordSummaryView } from '../track-record/track-record-views';
import type { LandedCostBreakdown, LandedCostSettings } from './landed-cost/landed-cost.types';

/** How the quotes of each line and break are ordered. */
export const COMPARISON_SORTS = ['landed', 'days', 'price', 'supplier'] as const;
export type ComparisonSort = (typeof COMPARISON_SORTS)[number];

/** A certification of the supplier that is valid on the RFQ's need-by date (today when it has none). */
export interface ComparisonCertificationView {
  type: string;
  /** YYYY-MM-DD, null when open-ended. */
  validUntil: string | null;
}

/** One quote on one RFQ line and quantity break, with its landed cost in USD: what is computed and frozen. */
export interface ComparedEntryView {
  quoteId: string;
  supplier: QuoteSupplierView;
  certifications: ComparisonCertificationView[];
  currency: Currency;
  incoterm: Incoterm;
  place: string;
  /** Per unit as quoted, in `currency`; null when this break (or line) is declined. */
  unitPrice: string | null;
  declineReason: QuoteDeclineReason | null;
  /** The landed cost per unit in USD (`landed.total.perUnit`), what the default order sorts on; null when not computed. */
  landedPerUnitUsd: string | null;
  /** Lead time + transit days; null when not computed. */
  daysToDelivery: { leadTimeDays: number; low: number | null; high: number | null } | null;
  /** The whole breakdown, every figure with its assumption; null when declined or not computable (see `unavailable`). */
  landed: LandedCostBreakdown | null;
  /** Why a priced break has no landed cost (an input the model cannot use), naming the field. */
  unavailable: { field: string; message: string } | null;
}

/** An entry as served: the frozen figures plus the supplier's track record, read live (never frozen). */
export interface ComparisonEntryView extends ComparedEntryView {
  trackRecord: SupplierTrackRecordSummaryView;
}

export interface ComparisonBreakView<Entry extends ComparedEntryView = ComparisonEntryView> {
  quantity: number;
  /** Sorted by the requested order; declined and unavailable entries last. */
  entries: Entry[];
}

export interface ComparisonLineView<Entry extends ComparedEntryView = ComparisonEntryView> {
  rfqLineId: string;
  position: number;
  partName: string;
  unit: string;
  breaks: Array<ComparisonBreakView<Entry>>;
}

/** `GET /rfqs/{rfqId}/comparison`. */
export interface RfqComparisonView {
  rfqId: string;
  rfqTitle: string;
  bidding: RfqBidding;
  deliveryZip: string | null;
  needBy: string | null;
  /** When the comparison was frozen (the first read after close); null while it is computed live (open bidding before close). */
  frozenAt: string | null;
  /** How many times the buyer recomputed it with newer rates since it was frozen. */
  refreshedCount: number;
  refreshedAt: string | null;
  /** When these figures were computed. */
  computedAt: string;
  /** The peso rate every MXN figure used; null when no quote is in MXN. */
  fxRate: FxRateUsedView | null;
  /** The freight, crossing, duty and fee figures used, each with its source. */
  settings: LandedCostSettings;
  sort: ComparisonSort;
  /** Active quotes compared (withdrawn ones are left out). */
  quoteCount: number;
  lines: ComparisonLineView[];
}
