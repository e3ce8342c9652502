import { downloadWithToken } from './download';

// PLACEHOLDER until the generated client has the quote routes: the contract's views, by hand.
export type QuoteState = 'active' | 'withdrawn';
export type QuoteDeclineReason = 'quantity_too_low' | 'quantity_too_high' | 'not_our_process' | 'no_capacity' | 'other';
export type UsmcaOriginCriterion = 'A' | 'B' | 'C' | 'D' | 'not_originating';
export type ToolingOwner = 'buyer' | 'supplier';
export type RfqBidding = 'sealed' | 'open';

export interface QuoteSupplier {
  organizationId: string;
  supplierId: string;
  name: string;
  verificationLevel: 'unverified' | 'email_verified' | 'documents_verified' | 'site_audited';
}
export interface QuoteAttachment {
  id: string;
  fileName: string;
  fileType: string;
  sizeBytes: number;
  createdAt: string;
}
export interface QuoteRevision {
  revision: number;
  rfqVersion: number;
  createdAt: string;
  currency: 'USD' | 'MXN';
  lines: Array<{ rfqLineId: string; position: number; partName: string | null; unit: string; declineReason: QuoteDeclineReason | null; minimumOrder: number | null; breaks: Array<{ quantity: number; unitPrice: string | null; extendedPrice: string | null; declineReason: QuoteDeclineReason | null }> }>;
  tooling: Array<{ description: string; cost: string; rfqLineIds: string[]; owner: ToolingOwner }>;
  toolingTotal: string;
  leadTime: { firstArticlesDays: number | null; productionDays: number };
  validUntil: string;
  delivery: { incoterm: string; place: string; plant: { id: string; name: string; state: string; stateCode: string; municipality: string | null } | null };
  origin: { hsCode: string; usmcaCriterion: UsmcaOriginCriterion; canCertify: boolean };
  notes: string | null;
  attachments: QuoteAttachment[];
}
export interface Quote {
  id: string;
  rfqId: string;
  rfqTitle: string;
  buyer: { organizationId: string; name: string };
  rfqVersion: number;
  state: QuoteState;
  revision: number;
  currency: 'USD' | 'MXN';
  supplier: QuoteSupplier;
  submittedAt: string;
  revisedAt: string;
  withdrawnAt: string | null;
  current: QuoteRevision;
  revisions: QuoteRevision[];
}
export interface QuoteReceipt {
  quoteId: string;
  supplier: QuoteSupplier;
  state: QuoteState;
  revision: number;
  submittedAt: string;
  revisedAt: string;
  withdrawnAt: string | null;
}
export interface RfqQuotes {
  rfqId: string;
  bidding: RfqBidding;
  sealed: boolean;
  sealedUntil: string | null;
  activeCount: number;
  withdrawnCount: number;
  received: QuoteReceipt[];
  quotes: Quote[];
}

export const getRfqQuotes = async (rfqId: string): Promise<RfqQuotes> => {
  throw new Error(`not yet: ${rfqId}`);
};

/** A quote document (the supplier's own PDF), with the token. */
export const downloadQuoteAttachment = ({ quoteId, attachment, accessToken, language }: { quoteId: string; attachment: Pick<QuoteAttachment, 'id' | 'fileName'>; accessToken: string | null; language: string }): Promise<void> =>
  downloadWithToken({ path: `/api/v1/quotes/${encodeURIComponent(quoteId)}/attachments/${encodeURIComponent(attachment.id)}`, fileName: attachment.fileName, accessToken, language });

/** Puente's printable summary of a quote (the API picks the language: English for a buyer). */
export const downloadQuotePdf = ({ quoteId, fallbackName, accessToken, language }: { quoteId: string; fallbackName: string; accessToken: string | null; language: string }): Promise<void> =>
  downloadWithToken({ path: `/api/v1/quotes/${encodeURIComponent(quoteId)}/pdf`, fallbackName, accessToken, language });
