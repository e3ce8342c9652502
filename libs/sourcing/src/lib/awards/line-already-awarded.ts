import { AppError } from '@puente/platform';
import { QueryFailedError } from 'typeorm';

/** The database's one-award-per-line constraint (see the create-awards migration). */
export const ONE_AWARD_PER_LINE = 'rfq_awards_one_per_line';

export function lineAlreadyAwarded(field: string): AppError {
  return new AppError('LINE_ALREADY_AWARDED', { details: [{ field, issue: 'already_awarded', message: `${field} is already awarded` }] });
}

/** Whether the error is a unique violation of ONE_AWARD_PER_LINE: another award of the line committed first. */
export function isOneAwardPerLineViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === ONE_AWARD_PER_LINE;
}
