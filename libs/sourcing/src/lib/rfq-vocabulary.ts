// The closed lists of the sourcing context: states, units, terms and reasons, as the API and the database spell them.

export const RFQ_STATES = ['draft', 'pending_review', 'open', 'closed', 'awarded', 'cancelled'] as const;
export type RfqState = (typeof RFQ_STATES)[number];

export const RFQ_VISIBILITIES = ['public', 'invite_only'] as const;
export type RfqVisibility = (typeof RFQ_VISIBILITIES)[number];

/** Why an RFQ stopped taking quotes. */
export const RFQ_CLOSE_REASONS = ['deadline', 'cap', 'buyer'] as const;
export type RfqCloseReason = (typeof RFQ_CLOSE_REASONS)[number];

/** Units a quantity break is counted in. */
export const RFQ_UNITS = ['pcs', 'sets', 'kg', 'lb', 'm', 'ft', 'm2', 'l'] as const;
export type RfqUnit = (typeof RFQ_UNITS)[number];

/** Incoterms 2020: seven for any mode, four for sea and inland waterway (accepted; the comparison warns). */
export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type Incoterm = (typeof INCOTERMS)[number];

export const RFQ_ATTACHMENT_KINDS = ['drawing', 'specification', 'other'] as const;
export type RfqAttachmentKind = (typeof RFQ_ATTACHMENT_KINDS)[number];

/** Where an invitation came from: the worker's matching, or the buyer's own pick. */
export const INVITATION_SOURCES = ['match', 'buyer'] as const;
export type InvitationSource = (typeof INVITATION_SOURCES)[number];

export const INVITATION_STATES = ['invited', 'declined'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const DECLINE_REASONS = ['no_capacity', 'not_our_process', 'volume_too_low', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** `sealed`: the buyer sees who quoted but no price until the RFQ closes. `open`: prices as they arrive. */
export const RFQ_BIDDINGS = ['sealed', 'open'] as const;
export type RfqBidding = (typeof RFQ_BIDDINGS)[number];

export const QUOTE_STATES = ['active', 'withdrawn'] as const;
export type QuoteState = (typeof QUOTE_STATES)[number];

/** Why a supplier does not price a line or one of its quantity breaks. */
export const QUOTE_DECLINE_REASONS = ['quantity_too_low', 'quantity_too_high', 'not_our_process', 'no_capacity', 'other'] as const;
export type QuoteDeclineReason = (typeof QUOTE_DECLINE_REASONS)[number];

/** Who owns the tooling once it is paid for. */
export const TOOLING_OWNERS = ['buyer', 'supplier'] as const;
export type ToolingOwner = (typeof TOOLING_OWNERS)[number];

/**
 * USMCA origin criteria, the letters of Article 4.2 as the certification of origin writes them: A wholly
 * obtained or produced; B produced with non-originating materials that meet the product-specific rule
 * (tariff shift and/or regional value content, Annex 4-B); C produced exclusively from originating
 * materials; D the same-subheading exception with its regional value content (article 4.2(d)).
 * `not_originating`: the supplier claims no preference.
 */
export const USMCA_ORIGIN_CRITERIA = ['A', 'B', 'C', 'D', 'not_originating'] as const;
export type UsmcaOriginCriterion = (typeof USMCA_ORIGIN_CRITERIA)[number];
