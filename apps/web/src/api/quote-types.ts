// INTERIM: the contract's shapes by hand until the generated client has the quote routes (helper quotecore).
// Types only (no DOM, no client): the pure quote modules and their unit tests read them.
export type Currency = 'USD' | 'MXN';
export type Incoterm = 'EXW' | 'FCA' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP' | 'FAS' | 'FOB' | 'CFR' | 'CIF';
export type QuoteDeclineReason = 'quantity_too_low' | 'quantity_too_high' | 'not_our_process' | 'no_capacity' | 'other';
export type ToolingOwner = 'buyer' | 'supplier';
export type UsmcaOriginCriterion = 'A' | 'B' | 'C' | 'D' | 'not_originating';
export type QuoteState = 'active' | 'withdrawn';

export const QUOTE_DECLINE_REASONS = ['quantity_too_low', 'quantity_too_high', 'not_our_process', 'no_capacity', 'other'] as const satisfies readonly QuoteDeclineReason[];
export const TOOLING_OWNERS = ['buyer', 'supplier'] as const satisfies readonly ToolingOwner[];
export const USMCA_ORIGIN_CRITERIA = ['A', 'B', 'C', 'D', 'not_originating'] as const satisfies readonly UsmcaOriginCriterion[];

export interface QuoteBody {
  revises: number;
  currency: Currency;
  lines: Array<{ rfqLineId: string; declineReason: QuoteDeclineReason | null; minimumOrder: number | null; breaks: Array<{ quantity: number; unitPrice: string | null; declineReason: QuoteDeclineReason | null }> }>;
  tooling: Array<{ description: string; cost: string; rfqLineIds: string[]; owner: ToolingOwner }>;
  leadTime: { firstArticlesDays: number | null; productionDays: number };
  validUntil: string;
  delivery: { incoterm: Incoterm; place: string; plantId: string };
  origin: { hsCode: string; usmcaCriterion: UsmcaOriginCriterion; canCertify: boolean };
  notes: string | null;
  attachmentIds: string[];
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
  currency: Currency;
  lines: Array<{
    rfqLineId: string;
    position: number;
    partName: string | null;
    unit: string;
    declineReason: QuoteDeclineReason | null;
    minimumOrder: number | null;
    breaks: Array<{ quantity: number; unitPrice: string | null; extendedPrice: string | null; declineReason: QuoteDeclineReason | null }>;
  }>;
  tooling: Array<{ description: string; cost: string; rfqLineIds: string[]; owner: ToolingOwner }>;
  toolingTotal: string;
  leadTime: { firstArticlesDays: number | null; productionDays: number };
  validUntil: string;
  delivery: { incoterm: Incoterm; place: string; plant: { id: string; name: string; state: string; stateCode: string; municipality: string | null } | null };
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
  currency: Currency;
  supplier: { organizationId: string; supplierId: string; name: string; verificationLevel: 'unverified' | 'email_verified' | 'documents_verified' | 'site_audited' };
  submittedAt: string;
  revisedAt: string;
  withdrawnAt: string | null;
  current: QuoteRevision;
  revisions: QuoteRevision[];
}
