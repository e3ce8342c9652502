import { AppError } from '@puente/platform';
import { QueryFailedError } from 'typeorm';

/** The database's one-rating-per-awarded-quote constraint (see the create-ratings migration). */
export const ONE_RATING_PER_QUOTE = 'supplier_ratings_one_per_awarded_quote';

export function quoteNotAwarded(): AppError {
  return new AppError('QUOTE_NOT_AWARDED', {
    details: [{ field: 'quoteId', issue: 'not_awarded', message: 'quoteId has no awarded line on this request for quote: only an awarded quote can be rated' }],
  });
}

export function ratingAlreadyGiven(): AppError {
  return new AppError('RATING_ALREADY_GIVEN', { details: [{ field: 'quoteId', issue: 'already_rated', message: 'quoteId is already rated: change that rating instead' }] });
}

export function ratingEditWindowClosed(editableUntil: Date): AppError {
  return new AppError('RATING_EDIT_WINDOW_CLOSED', {
    details: [{ field: 'ratingId', issue: 'edit_window_closed', message: `ratingId could be changed until ${editableUntil.toISOString()}` }],
  });
}

export function ratingAlreadyReplied(): AppError {
  return new AppError('RATING_ALREADY_REPLIED', { details: [{ field: 'text', issue: 'already_replied', message: 'text: this rating already has its one reply' }] });
}

/** "No such rating" and "not yours" alike. */
export function ratingNotFound(): AppError {
  return new AppError('NOT_FOUND', { details: [{ field: 'ratingId', issue: 'not_found', message: 'ratingId not found' }] });
}

/** Whether the error is a unique violation of ONE_RATING_PER_QUOTE: another rating of the quote committed first. */
export function isOneRatingPerQuoteViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === ONE_RATING_PER_QUOTE;
}
