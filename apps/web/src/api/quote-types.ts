import type { QuoteAttachmentResponse, QuoteBreakDto, QuoteDeliveryDto, QuoteOriginDto, QuoteResponse, QuoteRevisionResponse, QuoteToolingDto, SubmitQuoteDto } from './generated/types.gen';

// The quote's generated types under the supplier screens' names, and its closed lists as the form iterates them
// (each checked against the generated types, so a list the API changes fails the typecheck here). Types only, no
// client: the pure quote modules and their unit tests read them.

export type Quote = QuoteResponse;
export type QuoteRevision = QuoteRevisionResponse;
export type QuoteAttachment = QuoteAttachmentResponse;
/** The body of PUT /rfqs/{rfqId}/quote: the content and the revision it revises. */
export type QuoteBody = SubmitQuoteDto;

export type Currency = SubmitQuoteDto['currency'];
export type Incoterm = QuoteDeliveryDto['incoterm'];
export type QuoteDeclineReason = NonNullable<QuoteBreakDto['declineReason']>;
export type ToolingOwner = QuoteToolingDto['owner'];
export type UsmcaOriginCriterion = QuoteOriginDto['usmcaCriterion'];
export type QuoteState = QuoteResponse['state'];

export const QUOTE_DECLINE_REASONS = ['quantity_too_low', 'quantity_too_high', 'not_our_process', 'no_capacity', 'other'] as const satisfies readonly QuoteDeclineReason[];
export const TOOLING_OWNERS = ['buyer', 'supplier'] as const satisfies readonly ToolingOwner[];
export const USMCA_ORIGIN_CRITERIA = ['A', 'B', 'C', 'D', 'not_originating'] as const satisfies readonly UsmcaOriginCriterion[];
