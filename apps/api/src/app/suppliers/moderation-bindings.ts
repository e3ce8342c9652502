import type { Provider } from '@nestjs/common';
import { ProfileReviewQueue, ReviewReasonWords } from '@puente/suppliers';

// TEMPORARY until @puente/moderation's ReviewQueue is on main: submissions are recorded on the
// profile (state pending_review) without a queue item. Replaced by aliases of moderation's services.
class NoReviewQueue extends ProfileReviewQueue {
  async open(): Promise<void> {
    // nothing to open yet
  }
}

class ReasonCodesAsText extends ReviewReasonWords {
  text(code: string): string {
    return code;
  }
}

export const SUPPLIERS_MODERATION_BINDINGS: Provider[] = [
  { provide: ProfileReviewQueue, useClass: NoReviewQueue },
  { provide: ReviewReasonWords, useClass: ReasonCodesAsText },
];
