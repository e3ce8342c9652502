import { AppError } from '@puente/platform';
import { QueryFailedError, type DataSource } from 'typeorm';
// The codes are registered where the module loads them.
import '../sourcing.errors';
import { isOneRatingPerQuoteViolation, ONE_RATING_PER_QUOTE } from './rating-errors';
import type { RatingNotices } from './rating-notices';
import { SupplierRatingService } from './supplier-rating.service';

/** What TypeORM throws for a pg error: the driver's error (code, constraint) kept as `driverError`. */
function queryFailed(driverError: Record<string, string>): QueryFailedError {
  return new QueryFailedError('INSERT INTO "supplier_ratings" ...', [], Object.assign(new Error('duplicate key value violates unique constraint'), driverError));
}

describe('isOneRatingPerQuoteViolation', () => {
  it('recognises a unique violation of the one-rating-per-awarded-quote constraint', () => {
    expect(isOneRatingPerQuoteViolation(queryFailed({ code: '23505', constraint: ONE_RATING_PER_QUOTE }))).toBe(true);
  });

  it('leaves any other failure alone: another constraint, another code, not a query error', () => {
    expect(isOneRatingPerQuoteViolation(queryFailed({ code: '23505', constraint: 'supplier_ratings_pkey' }))).toBe(false);
    expect(isOneRatingPerQuoteViolation(queryFailed({ code: '23514', constraint: ONE_RATING_PER_QUOTE }))).toBe(false);
    expect(isOneRatingPerQuoteViolation(Object.assign(new Error('x'), { code: '23505', constraint: ONE_RATING_PER_QUOTE }))).toBe(false);
  });
});

describe('SupplierRatingService.rate when the database refuses a second rating', () => {
  // The transaction fails as it does when a concurrent rating of the quote committed first.
  const service = (failure: unknown) =>
    new SupplierRatingService({ transaction: () => Promise.reject(failure) } as unknown as DataSource, {} as RatingNotices, {} as never, {} as never);
  const principal = { userId: 'u', organizationId: 'o' } as never;
  const input = { quoteId: 'q', quality: 5, communication: 5, onTime: 5 };

  it('answers 409 RATING_ALREADY_GIVEN naming quoteId, never a 500', async () => {
    const refused = await service(queryFailed({ code: '23505', constraint: ONE_RATING_PER_QUOTE }))
      .rate(principal, 'r', input, { ip: null } as never)
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'RATING_ALREADY_GIVEN', status: 409, details: [{ field: 'quoteId', issue: 'already_rated' }] });
  });

  it('lets any other failure through unchanged', async () => {
    const other = queryFailed({ code: '23503', constraint: 'supplier_ratings_quote_id_fkey' });
    await expect(service(other).rate(principal, 'r', input, { ip: null } as never)).rejects.toBe(other);
  });
});
