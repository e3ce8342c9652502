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
