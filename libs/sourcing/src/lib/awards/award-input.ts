/** What the buyer sends to award lines of a closed RFQ to one quote. */
export interface AwardInput {
  quoteId: string;
  /** The RFQ lines awarded to that quote; a buyer splits lines between suppliers with one call per quote. */
  lineIds: string[];
  reason?: string;
  /** Close every line still without an award, unawarded, so the RFQ becomes awarded now. */
  closeRemainingLines?: boolean;
}

export const MAX_AWARD_REASON_LENGTH = 1_000;
