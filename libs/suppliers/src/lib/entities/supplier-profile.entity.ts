import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProfileData, PublishedProfile } from '../profile/profile-data';
import type { VerificationLevel } from '../profile/supplier-rules';

export const PROFILE_STATES = ['draft', 'pending_review', 'published', 'rejected', 'suspended', 'withdrawn'] as const;
export type ProfileState = (typeof PROFILE_STATES)[number];

/** The last review decision, shown to the supplier in its language (reason code + the reviewer's note). */
export interface ProfileDecision {
  state: 'approved' | 'rejected' | 'changes_requested';
  reasonCode: string | null;
  note: string | null;
  decidedAt: string;
}

/** Who created the profile: its owner organization, or a directory import (kept after a claim). */
export type ProfileOrigin = 'owner' | 'directory';

/**
 * One per supplier organization; its id is the public supplierId. A directory listing nobody has claimed
 * yet has no organization (`organizationId` null, `origin` `directory`).
 */
@Entity('supplier_profiles')
export class SupplierProfile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('text', { default: 'owner' })
  origin!: ProfileOrigin;

  /** A withdrawn listing that became part of its claimant's profile: old links lead there. */
  @Column('uuid', { name: 'merged_into', nullable: true })
  mergedInto!: string | null;

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
