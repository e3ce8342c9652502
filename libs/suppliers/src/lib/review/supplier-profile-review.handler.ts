import { Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { ReviewSubjectHandlers, type ReviewDecision, type ReviewFieldComparison, type ReviewSubjectHandler } from '@puente/moderation';
import type { EntityManager } from 'typeorm';
import { SupplierProfileService } from '../profile/supplier-profile.service';

/** What moderation calls for `supplier_profile` items: the side-by-side comparison and the decision's effect. */
@Injectable()
export class SupplierProfileReviewHandler implements ReviewSubjectHandler, OnModuleInit {
  readonly kind = 'supplier_profile' as const;

  constructor(
    private readonly profiles: SupplierProfileService,
    // Absent in programs without the review queue (the worker, the profile's own tests).
    @Optional() private readonly handlers?: ReviewSubjectHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers?.register(this);
  }

  compare(subjectId: string, manager: EntityManager): Promise<ReviewFieldComparison[]> {
    return this.profiles.compare(subjectId, manager);
  }

  onDecision(subjectId: string, decision: ReviewDecision, manager: EntityManager): Promise<void> {
    return this.profiles.applyDecision(subjectId, decision, manager);
  }
}
