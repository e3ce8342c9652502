/** What the buyer sends to rate an awarded quote; each score is an integer 1..5. */
export interface RatingInput {
  quoteId: string;
  quality: number;
  communication: number;
  onTime: number;
  comment?: string;
}

/** A partial change within the edit window; an empty comment clears it. */
export type RatingPatch = Partial<Omit<RatingInput, 'quoteId'>>;

export interface RatingReplyInput {
  text: string;
}

export const RATING_SCORE_MIN = 1;
export const RATING_SCORE_MAX = 5;
/** The database's limit too (`supplier_ratings.comment` and `.reply`). */
export const MAX_RATING_TEXT_LENGTH = 2_000;
/** How long after it is given the buyer may still change a rating. */
export const RATING_EDIT_DAYS = 30;
