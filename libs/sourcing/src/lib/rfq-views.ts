// What the RFQ routes answer: the API's shapes (each has a response class in apps/api implementing it).
import type { Currency } from '@puente/platform';
import type { Explanation } from '@puente/search';
import type { VerificationLevel } from '@puente/suppliers';
import type { RfqFieldChange } from './entities/rfq-version.entity';
import type { OwnQuoteSummaryView } from './quotes/quote-views';
import type {
  DeclineReason,
  Incoterm,
  InvitationSource,
  InvitationState,
  RfqAttachmentKind,
  RfqBidding,
  RfqCloseReason,
  RfqState,
  RfqUnit,
  RfqVisibility,
} from './rfq-vocabulary';

/** Who is reading, which decides what the view holds. */
export type RfqReaderRole = 'buyer' | 'supplier' | 'admin';

export interface RfqLineView {
  id: string;
  position: number;
  /** null while the NDA gate hides it. */
  partName: string | null;
  partNumber: string | null;
  notes: string | null;
  /** Always shown (the gate leaves title, processes, quantities and deadline). */
  processes: string[];
  /** [] while gated. */
  materials: string[];
  quantities: number[];
  unit: RfqUnit;
  unitsPerTruckload: number | null;
}

export interface RfqAttachmentView {
  id: string;
  lineId: string | null;
  kind: RfqAttachmentKind;
  fileName: string;
  /** pdf, png, jpeg, step, iges, dxf, zip: from the bytes. */
  fileType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface RfqNdaView {
  required: boolean;
  /** The agreement's text (shown to a gated supplier so it can be read before accepting). */
  text: string | null;
  version: number;
  /** Supplier readers: whether their organization accepted the current version (null for buyers and admins). */
  accepted: boolean | null;
  acceptedAt: string | null;
}

export interface RfqAmendmentView {
  version: number;
  createdAt: string;
  note: string | null;
  changes: RfqFieldChange[];
}

/** The caller supplier's invitation to this RFQ, if any. */
export interface RfqOwnInvitationView {
  id: string;
  state: InvitationState;
  declineReason: DeclineReason | null;
  createdAt: string;
}

/**
 * One RFQ as its reader may see it. A supplier behind the NDA gate gets `gated: true` and nulls (or []) in
 * every field but id, state, version, title, buyer name, line processes, quantities and units, the quote
 * deadline, visibility and the NDA's text.
 */
export interface RfqView {
  id: string;
  state: RfqState;
  version: number;
  readerRole: RfqReaderRole;
  gated: boolean;
  buyer: { organizationId: string; name: string };
  title: string;
  description: string | null;
  descriptionLanguage: 'en' | 'es';
  lines: RfqLineView[];
  annualVolume: number | null;
  /** Decimal string ("12.5000"), in `currency`. */
  targetUnitPrice: string | null;
  currency: Currency;
  certifications: string[];
  hsCode: string | null;
  deliveryZip: string | null;
  /** The ZIP's place from the catalog ("Dallas, TX"). */
  deliveryPlace: string | null;
  incoterm: Incoterm | null;
  incotermPlace: string | null;
  needBy: string | null;
  quoteDeadline: string | null;
  nda: RfqNdaView;
  visibility: RfqVisibility;
  /** `sealed`: the buyer reads no price before the RFQ closes; `open`: as quotes arrive. */
  bidding: RfqBidding;
  quoteCap: number | null;
  /** The buyer's own picks (supplier ids); [] for suppliers. */
  invitedSupplierIds: string[];
  attachments: RfqAttachmentView[];
  /** Published versions after the first, newest first (suppliers see them too, gated fields left out while gated). */
  amendments: RfqAmendmentView[];
  invitation: RfqOwnInvitationView | null;
  /** The reading supplier organization's own quote; null for buyers and admins, or when it has none. Never a count. */
  quote: OwnQuoteSummaryView | null;
  /** The buyer and admins: each awarded line's supplier, in line order; [] for suppliers (their own are under /awards). */
  awards: RfqLineAwardView[];
  publishedAt: string | null;
  closedAt: string | null;
  closedReason: RfqCloseReason | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** When every line was awarded or closed unawarded. */
  awardedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One awarded line, as the buyer's RFQ page summarizes it. */
export interface RfqLineAwardView {
  rfqLineId: string;
  supplierName: string;
}

/** A row of the buyer's list (`GET /rfqs`). */
export interface RfqSummaryView {
  id: string;
  state: RfqState;
  version: number;
  title: string;
  buyerName: string;
  processes: string[];
  lineCount: number;
  quoteDeadline: string | null;
  publishedAt: string | null;
  invitationCount: number;
  /** Active quotes (withdrawn ones left out): the buyer sees how many even while they are sealed. */
  quoteCount: number;
  createdAt: string;
}

export interface RfqListView {
  data: RfqSummaryView[];
  nextCursor: string | null;
}

export interface RfqQuestionView {
  id: string;
  body: string;
  askedAt: string;
  /** The asker: shown to the buyer and admins, and to the asking organization; null on a public answer read by others. */
  askedBy: { organizationId: string; organizationName: string } | null;
  /** Whether the caller's organization asked it. */
  own: boolean;
  answer: string | null;
  public: boolean;
  answeredAt: string | null;
}

export interface RfqQuestionListView {
  data: RfqQuestionView[];
}

/** The supplier an invitation went to, as it reads now. */
export interface InvitedSupplierView {
  id: string;
  legalName: string | null;
  tradeName: string | null;
  claimed: boolean;
  verificationLevel: VerificationLevel;
  location: { state: string; stateCode: string; municipality: string | null; lat: number; lon: number } | null;
}

/** One invitation on the buyer's RFQ page (`GET /rfqs/{id}/invitations`). */
export interface RfqInvitationView {
  id: string;
  supplier: InvitedSupplierView;
  source: InvitationSource;
  rank: number | null;
  score: number | null;
  /** Why the matching chose it (null for a buyer's pick the matching did not rank). */
  explanation: Explanation | null;
  state: InvitationState;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  declinedAt: string | null;
  /** When its members were notified; null for an unclaimed listing (no users to tell). */
  notifiedAt: string | null;
  createdAt: string;
}

export interface RfqInvitationListView {
  data: RfqInvitationView[];
  /** Declines counted by reason, every reason present (0 when none). */
  declines: Record<DeclineReason, number>;
}

/** The RFQ as listed to a supplier (invitations and feed): never gated content. */
export interface SupplierRfqSummaryView {
  id: string;
  state: RfqState;
  title: string;
  buyerName: string;
  processes: string[];
  lines: Array<{ processes: string[]; quantities: number[]; unit: RfqUnit }>;
  quoteDeadline: string | null;
  ndaRequired: boolean;
  visibility: RfqVisibility;
  publishedAt: string | null;
}

/** The supplier's own invitations (`GET /invitations`). */
export interface SupplierInvitationView {
  id: string;
  rfq: SupplierRfqSummaryView;
  state: InvitationState;
  declineReason: DeclineReason | null;
  createdAt: string;
}

export interface SupplierInvitationListView {
  data: SupplierInvitationView[];
  nextCursor: string | null;
}

/** One RFQ of the supplier's feed, with why it fits the caller's profile. */
export interface RfqFeedItemView {
  rfq: SupplierRfqSummaryView;
  /** The caller's invitation to it, if any (invitations come first). */
  invitationId: string | null;
  score: number;
  explanation: Explanation;
}

export interface RfqFeedView {
  items: RfqFeedItemView[];
  /**
   * `fit`: scored against the caller's published supplier profile. `deadline`: the caller has no published
   * profile to score, so every score is 0 with an empty explanation and the nearest deadline comes first.
   */
  rankedBy: 'fit' | 'deadline';
  nextCursor: string | null;
}
