import type { ClaimEvidence, ClaimState, ListingClaim } from '../entities/listing-claim.entity';

export interface ClaimDecisionView {
  reasonCode: string | null;
  reasonText: { en: string; es: string } | null;
  note: string | null;
  decidedAt: string;
}

/** A claim as its organization and admins read it. */
export interface ClaimView {
  id: string;
  supplierId: string;
  listingName: string;
  organizationId: string;
  organizationName: string;
  state: ClaimState;
  evidence: ClaimEvidence;
  note: string | null;
  decision: ClaimDecisionView | null;
  createdAt: string;
}

/** The names a claim view shows beside the stored row. */
export interface ClaimNames {
  organizationName: string;
  listingName: string;
}

export function claimView(claim: ListingClaim, names: ClaimNames, reasonText: (code: string) => { en: string; es: string }): ClaimView {
  return {
    id: claim.id,
    supplierId: claim.listingId,
    listingName: names.listingName,
    organizationId: claim.organizationId,
    organizationName: names.organizationName,
    state: claim.state,
    evidence: claim.evidence,
    note: claim.note,
    decision: claim.decidedAt
      ? {
          reasonCode: claim.decisionReasonCode,
          reasonText: claim.decisionReasonCode ? reasonText(claim.decisionReasonCode) : null,
          note: claim.decisionNote,
          decidedAt: claim.decidedAt.toISOString(),
        }
      : null,
    createdAt: claim.createdAt.toISOString(),
  };
}

/** What a listing is called: its trade name, else its legal name. */
export function listingName(data: { legalName: string | null; tradeName: string | null } | null): string {
  return data?.tradeName || data?.legalName || '—';
}
