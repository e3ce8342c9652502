import type { EntityManager } from 'typeorm';

// The parts of the moderation context the profile uses. Until `@puente/moderation` exports its
// ReviewQueue, the suppliers module binds these tokens; afterwards they alias its services.

/** Opens a review item inside the caller's transaction. */
export abstract class ProfileReviewQueue {
  abstract open(manager: EntityManager, input: { kind: 'supplier_profile'; subjectId: string; organizationId: string }): Promise<unknown>;
}

/** The claims' side of the queue: open, reject as the effect of another decision, withdraw; all in the caller's transaction. */
export abstract class ClaimReviewQueue {
  abstract open(manager: EntityManager, input: { kind: 'listing_claim'; subjectId: string; organizationId: string }): Promise<unknown>;
  abstract rejectOpen(
    manager: EntityManager,
    input: { kind: 'listing_claim'; subjectId: string; reasonCode: string; note: string | null; decidedByUserId: string },
  ): Promise<void>;
  /** False when an admin is deciding the item right now. */
  abstract withdraw(manager: EntityManager, input: { kind: 'listing_claim'; subjectId: string }): Promise<boolean>;
}

/** The words of a review reason code in a language (from moderation's bilingual list). */
export abstract class ReviewReasonWords {
  abstract text(code: string, language: 'en' | 'es'): string;
}
