import { QueryFailedError } from 'typeorm';
import { isOneAwardPerLineViolation, ONE_AWARD_PER_LINE } from './line-already-awarded';

/** What TypeORM throws for a pg error: the driver's error (code, constraint) kept as `driverError`. */
function queryFailed(driverError: Record<string, string>): QueryFailedError {
  return new QueryFailedError('INSERT INTO "rfq_awards" ...', [], Object.assign(new Error('duplicate key value violates unique constraint'), driverError));
}

describe('isOneAwardPerLineViolation', () => {
  it('recognises a unique violation of the one-award-per-line constraint', () => {
    expect(isOneAwardPerLineViolation(queryFailed({ code: '23505', constraint: ONE_AWARD_PER_LINE }))).toBe(true);
  });

  it('leaves any other failure alone: another constraint, another code, not a query error', () => {
    expect(isOneAwardPerLineViolation(queryFailed({ code: '23505', constraint: 'rfq_awards_pkey' }))).toBe(false);
    expect(isOneAwardPerLineViolation(queryFailed({ code: '23503', constraint: ONE_AWARD_PER_LINE }))).toBe(false);
    expect(isOneAwardPerLineViolation(Object.assign(new Error('x'), { code: '23505', constraint: ONE_AWARD_PER_LINE }))).toBe(false);
  });
});
