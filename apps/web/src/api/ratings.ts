import {
  ratingsControllerEdit,
  ratingsControllerForRfq,
  ratingsControllerRate,
  ratingsControllerReceived,
  ratingsControllerReply,
  type EditRatingDto,
  type RateSupplierDto,
  type ReceivedRatingResponse,
  type SupplierRatingResponse,
} from './api-client';

// The names of the rating routes (issue 17): the buyer rates an awarded quote and may change it for 30
// days; the supplier reads its ratings and replies once.

export type Rating = SupplierRatingResponse;
export type ReceivedRating = ReceivedRatingResponse;
export type RatingInput = RateSupplierDto;
export type RatingPatch = EditRatingDto;

/** GET /rfqs/{rfqId}/ratings: the buyer's all; an awarded supplier its own. */
export const getRfqRatings = (rfqId: string) => ratingsControllerForRfq({ path: { rfqId } });

/** POST /rfqs/{rfqId}/ratings. */
export const rateSupplier = (rfqId: string, body: RatingInput) => ratingsControllerRate({ path: { rfqId }, body });

/** PATCH /ratings/{ratingId}: until its editableUntil. */
export const editRating = (ratingId: string, body: RatingPatch) => ratingsControllerEdit({ path: { ratingId }, body });

/** POST /ratings/{ratingId}/reply: once. */
export const replyToRating = (ratingId: string, text: string) => ratingsControllerReply({ path: { ratingId }, body: { text } });

/** GET /supplier-ratings: the supplier organization's received ratings, newest first. */
export const getReceivedRatings = (cursor?: string) => ratingsControllerReceived({ query: { cursor, limit: 20 } });
