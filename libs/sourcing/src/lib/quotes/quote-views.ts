// What the quote routes answer: the API's shapes (each has a response class in apps/api implementing it).
import type { Currency } from '@puente/platform';
import type { VerificationLevel } from '@puente/suppliers';
import type { Incoterm, QuoteDeclineReason, QuoteState, RfqBidding, ToolingOwner, UsmcaOriginCriterion } from '../rfq-vocabulary';

/** The quoting supplier as it reads now. */
export interface QuoteSupplierView {
  organizationId: string;
  /** supplier_profiles.id */
  supplierId: string;
  name: string;
  verificationLevel: VerificationLevel;
}

export interface QuoteBreakView {
  quantity: number;
  /** Decimal string in the quote's currency; null when declined. */
  unitPrice: string | null;
  /** unitPrice × quantity, 2 places; null when declined. */
  extendedPrice: string | null;
  declineReason: QuoteDeclineReason | null;
}

export interface QuoteLineView {
  rfqLineId: string;
  /** The RFQ line's position and part name as the supplier read them (null while the reader is NDA-gated: never for a quoter). */
  position: number;
  partName: string | null;
  unit: string;
  declineReason: QuoteDeclineReason | null;
  minimumOrder: number | null;
  breaks: QuoteBreakView[];
}

export interface QuoteToolingView {
  description: string;
  cost: string;
  rfqLineIds: string[];
  owner: ToolingOwner;
}

/** The plant a quote ships from, as the supplier's profile describes it now. */
export interface QuotePlantView {
  id: string;
  name: string;
  state: string;
  stateCode: string;
  municipality: string | null;
}

export interface QuoteAttachmentView {
  id: string;
  fileName: string;
  fileType: string;
  sizeBytes: number;
  createdAt: string;
}

/** One revision's full content, resolved for reading (plant, line names, totals). */
export interface QuoteRevisionView {
  revision: number;
  /** The RFQ version it answered. */
  rfqVersion: number;
  createdAt: string;
  currency: Currency;
  lines: QuoteLineView[];
  tooling: QuoteToolingView[];
  /** Sum of the tooling costs, 2 places. */
  toolingTotal: string;
  leadTime: { firstArticlesDays: number | null; productionDays: number };
  validUntil: string;
  delivery: { incoterm: Incoterm; place: string; plant: QuotePlantView | null };
  origin: { hsCode: string; usmcaCriterion: UsmcaOriginCriterion; canCertify: boolean };
  notes: string | null;
  attachments: QuoteAttachmentView[];
}

/**
 * A quote with its current revision and its history (newest first). Read by the quoting organization
 * always, by the RFQ's buyer only once unsealed (or under open bidding), by admins always.
 */
export interface QuoteView {
  id: string;
  rfqId: string;
  rfqTitle: string;
  /** The buyer organization that asked (for the PDF summary and the supplier's list). */
  buyer: { organizationId: string; name: string };
  /** The RFQ's published version now: a quote whose `current.rfqVersion` is lower answered an earlier version. */
  rfqVersion: number;
  state: QuoteState;
  revision: number;
  currency: Currency;
  supplier: QuoteSupplierView;
  submittedAt: string;
  revisedAt: string;
  withdrawnAt: string | null;
  current: QuoteRevisionView;
  /** Every revision, newest first (the current one included). */
  revisions: QuoteRevisionView[];
}

/** A quote as the buyer sees it while sealed: who and when, never a price. */
export interface QuoteReceiptView {
  quoteId: string;
  supplier: QuoteSupplierView;
  state: QuoteState;
  revision: number;
  submittedAt: string;
  revisedAt: string;
  withdrawnAt: string | null;
}

/** `GET /rfqs/{rfqId}/quotes`: the buyer's (and admins') view of the quotes an RFQ received. */
export interface RfqQuotesView {
  rfqId: string;
  bidding: RfqBidding;
  /** True until the RFQ closes, under sealed bidding; admins read `quotes` even so. */
  sealed: boolean;
  /** While sealed: the quote deadline, when they open (null if unsealed). */
  sealedUntil: string | null;
  activeCount: number;
  withdrawnCount: number;
  /** Every quote, without prices: what the buyer sees while sealed (and always, as the list of who quoted). */
  received: QuoteReceiptView[];
  /** Every quote in full, sorted by supplier name; [] while sealed for the buyer. */
  quotes: QuoteView[];
}

/** The caller supplier organization's quote on an RFQ, as the RFQ view carries it (null when it has none). */
export interface OwnQuoteSummaryView {
  id: string;
  state: QuoteState;
  revision: number;
  revisedAt: string;
}
