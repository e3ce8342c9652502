/**
 * An input the landed cost cannot be computed from. The caller (the comparison service) turns it into a
 * 4xx with this stable code; the message names the field in English for logs.
 */
export type LandedCostErrorCode = 'fx_rate_missing' | 'invalid_input';

export class LandedCostError extends Error {
  constructor(
    readonly code: LandedCostErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'LandedCostError';
  }
}
