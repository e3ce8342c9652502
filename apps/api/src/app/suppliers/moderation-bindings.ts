import type { Provider } from '@nestjs/common';
import { ReviewQueue, reviewReasonText } from '@puente/moderation';
import { ClaimReviewQueue, ProfileReviewQueue, ReviewReasonWords } from '@puente/suppliers';

/** The reason codes' words from moderation's bilingual list. */
class ModerationReasonWords extends ReviewReasonWords {
  text(code: string, language: 'en' | 'es'): string {
    return reviewReasonText(code, language);
  }
}

/** The suppliers context's view of moderation: its queue (opened in the submit and claim transactions) and its reason words. */
export const SUPPLIERS_MODERATION_BINDINGS: Provider[] = [
  { provide: ProfileReviewQueue, useExisting: ReviewQueue },
  { provide: ClaimReviewQueue, useExisting: ReviewQueue },
  { provide: ReviewReasonWords, useClass: ModerationReasonWords },
];
