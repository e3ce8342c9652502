import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProfileData, PublishedProfile } from '../profile/profile-data';
import type { VerificationLevel } from '../profile/supplier-rules';

export const PROFILE_STATES = ['draft', 'pending_review', 'published', 'rejected', 'suspended'] as const;
export type ProfileState = (typeof PROFILE_STATES)[number];

/** The last review decision, shown to the supplier in its language (reason code + the reviewer's note). */
export interface ProfileDecision {
  state: 'approved' | 'rejected' | 'changes_requested';
  reasonCode: string | null;
  note: string | null;
  decidedAt: string;
}

/** One per supplier organization; its id is the public supplierId. */
@Entity('supplier_profiles')
export class SupplierProfile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  state!: ProfileState;

  @Column('jsonb', { name: 'draft_data' })
  draftData!: ProfileData;

  @Column('jsonb', { name: 'published_data', nullable: true })
  publishedData!: PublishedProfile | null;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Column('jsonb', { name: 'last_decision', nullable: true })
  lastDecision!: ProfileDecision | null;

  @Column('timestamptz', { name: 'rfc_verified_at', nullable: true })
  rfcVerifiedAt!: Date | null;

  @Column('uuid', { name: 'rfc_verified_by', nullable: true })
  rfcVerifiedBy!: string | null;

  @Column('text', { name: 'verification_level' })
  verificationLevel!: VerificationLevel;

  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
