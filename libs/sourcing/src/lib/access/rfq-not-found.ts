import { AppError } from '@puente/platform';

/** The one answer for "no such RFQ" and "not yours to see": another tenant never learns that it exists. */
export function rfqNotFound(field = 'rfqId'): AppError {
  return new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `${field} not found` }] });
}
