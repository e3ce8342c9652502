import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CLAIM_EVIDENCE_KINDS = ['email_domain', 'rfc', 'document'] as const;
export type ClaimEvidenceKind = (typeof CLAIM_EVIDENCE_KINDS)[number];

export const CLAIM_STATES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** What the claimant offered, as checked when the claim was made (shown to the admin beside the listing). */
export interface ClaimEvidence {
  kind: ClaimEvidenceKind;
  /** email_domain: the claimant's verified e-mail domain and the listing website's host it matched. */
  emailDomain?: string;
  websiteDomain?: string;
  /** rfc: normalized; equal to the listing's when it has one, otherwise recorded for the admin to check. */
  rfc?: string;
  /** document: one of the claimant organization's supplier documents. */
  documentId?: string;
  documentName?: string;
}

/** A supplier organization's request to own a directory listing; decided through the review queue. */
@Entity('listing_claims')
export class ListingClaim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'listing_id' })
  listingId!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('uuid', { name: 'requested_by' })
  requestedBy!: string;

  @Column('text', { name: 'evidence_kind' })
  evidenceKind!: ClaimEvidenceKind;

  @Column('jsonb')
  evidence!: ClaimEvidence;

  @Column('text')
  state!: ClaimState;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'decision_reason_code', nullable: true })
  decisionReasonCode!: string | null;

  @Column('text', { name: 'decision_note', nullable: true })
  decisionNote!: string | null;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
