import type { EntityManager } from 'typeorm';

/** What can be put in front of a reviewer. Each kind is owned by the context that stores its subject. */
export type ReviewKind = 'supplier_profile' | 'listing_claim' | 'rfq' | 'report';

export type ReviewDecisionState = 'approved' | 'rejected' | 'changes_requested';

export interface ReviewDecision {
  state: ReviewDecisionState;
  /** From the bilingual reason list; required for rejected and changes_requested. */
  reasonCode: string | null;
  note: string | null;
  decidedByUserId: string;
  decidedAt: Date;
}

/** One field of a subject as published and as proposed, for the side-by-side review page. */
export interface ReviewFieldComparison {
  field: string;
  published: unknown;
  proposed: unknown;
  changed: boolean;
}

/**
 * Implemented by the context that owns a kind of subject (suppliers for `supplier_profile`) and
 * registered with the moderation module, so moderation never imports the contexts it reviews.
 */
export interface ReviewSubjectHandler {
  kind: ReviewKind;
  /** The subject's published version beside the one under review (published is null on a first review). */
  compare(subjectId: string, manager: EntityManager): Promise<ReviewFieldComparison[]>;
  /** Applies a decision inside the transaction that records it (publish, reject, ask for changes). */
  onDecision(subjectId: string, decision: ReviewDecision, manager: EntityManager): Promise<void>;
}
