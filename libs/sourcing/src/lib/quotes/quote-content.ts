import type { Currency } from '@puente/platform';
import type { Incoterm, QuoteDeclineReason, ToolingOwner, UsmcaOriginCriterion } from '../rfq-vocabulary';

/**
 * What one revision of a quote says, stored as `quote_revisions.content`. Money is a decimal string with up
 * to 4 places ("0.0125", "185000.00") in the quote's currency, exact; a client sends the same shape.
 */
export interface QuoteContent {
  currency: Currency;
  /** One entry per RFQ line, in the RFQ's order. */
  lines: QuoteLineContent[];
  tooling: QuoteToolingContent[];
  leadTime: {
    /** Days from the order to first articles (samples, PPAP); null when the RFQ needs none. */
    firstArticlesDays: number | null;
    /** Days from approval (or the order, without first articles) to the first production shipment. */
    productionDays: number;
  };
  /** The last day the prices hold (YYYY-MM-DD). */
  validUntil: string;
  delivery: {
    incoterm: Incoterm;
    /** The named place: "Apodaca, NL", "Laredo, TX". */
    place: string;
    /** The supplier plant it ships from (supplier_plants.id, one of the quoting organization's plants). */
    plantId: string;
  };
  origin: {
    /** HS subheading, 6 digits, checked against the catalog's HS table. */
    hsCode: string;
    usmcaCriterion: UsmcaOriginCriterion;
    /** Whether the supplier can issue the USMCA certification of origin (false when not originating). */
    canCertify: boolean;
  };
  notes: string | null;
  /** Quote documents (quote_attachments of the same RFQ and organization) this revision carries. */
  attachmentIds: string[];
}

export interface QuoteLineContent {
  rfqLineId: string;
  /** Set when the whole line is not quoted; then every break has a null price. */
  declineReason: QuoteDeclineReason | null;
  /** Minimum order quantity in the line's unit, if any. */
  minimumOrder: number | null;
  /** One entry per quantity break of the RFQ line, same order and quantities. */
  breaks: QuoteBreakContent[];
}

export interface QuoteBreakContent {
  quantity: number;
  /** Per unit, in the quote's currency; null when this break (or its line) is declined. */
  unitPrice: string | null;
  declineReason: QuoteDeclineReason | null;
}

export interface QuoteToolingContent {
  description: string;
  /** One-off cost in the quote's currency. */
  cost: string;
  /** The RFQ lines it serves (at least one). */
  rfqLineIds: string[];
  owner: ToolingOwner;
}
