import { AppError } from '@puente/platform';

/** "No such quote" and "not yours to see" alike: another supplier never learns a quote exists. */
export function quoteNotFound(field = 'quoteId'): AppError {
  return new AppError('NOT_FOUND', { details: [{ field, issue: 'not_found', message: `${field} not found` }] });
}

export function quotesSealed(): AppError {
  return new AppError('QUOTES_SEALED', {
    details: [{ field: 'quoteId', issue: 'sealed', message: 'the quotes on this request for quote open when it closes (its bidding is sealed)' }],
  });
}
