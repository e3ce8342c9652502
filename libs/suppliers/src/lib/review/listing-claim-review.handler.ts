import { Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { ReviewSubjectHandlers, type ReviewDecision, type ReviewFieldComparison, type ReviewSubjectHandler } from '@puente/moderation';
import type { EntityManager } from 'typeorm';
import { ListingClaimService } from '../claims/listing-claim.service';

/** What moderation calls for `listing_claim` items: the listing beside the claimant, and the decision's effect. */
@Injectable()
export class ListingClaimReviewHandler implements ReviewSubjectHandler, OnModuleInit {
  readonly kind = 'listing_claim' as const;

  constructor(
    private readonly claims: ListingClaimService,
    // Absent in programs without the review queue (the worker, the profile's own tests).
    @Optional() private readonly handlers?: ReviewSubjectHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers?.register(this);
  }

  compare(subjectId: string, manager: EntityManager): Promise<ReviewFieldComparison[]> {
    return this.claims.compare(subjectId, manager);
  }

  onDecision(subjectId: string, decision: ReviewDecision, manager: EntityManager): Promise<void> {
    return this.claims.applyDecision(subjectId, decision, manager);
  }
}
