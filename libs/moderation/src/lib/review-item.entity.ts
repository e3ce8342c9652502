import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewDecisionState, ReviewKind } from './review-subject';

export type ReviewState = 'open' | ReviewDecisionState;
export const REVIEW_STATES: readonly ReviewState[] = ['open', 'approved', 'rejected', 'changes_requested'];

/** One subject put in front of a reviewer, and the decision taken on it. */
@Entity('review_items')
export class ReviewItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  kind!: ReviewKind;

  /** The reviewed row in the owning context (a supplier profile's id for `supplier_profile`). */
  @Column('uuid', { name: 'subject_id' })
  subjectId!: string;

  /** The organization the subject belongs to, told of the decision by the owning context. */
  @Column('uuid', { name: 'organization_id' })
  organizationId!: string;

  @Column('text')
  state!: ReviewState;

  @Column('uuid', { name: 'assignee_user_id', nullable: true })
  assigneeUserId!: string | null;

  @Column('text', { name: 'reason_code', nullable: true })
  reasonCode!: string | null;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('uuid', { name: 'decided_by_user_id', nullable: true })
  decidedByUserId!: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
