import { compare, exact, isPlainDecimal, ZERO } from './exact-decimal';
import { LandedCostError } from './landed-cost.error';
import type { LandedCostInput } from './landed-cost.types';

/**
 * Refuses what the landed cost cannot be computed from, naming the field. An MXN quote without a rate is
 * `fx_rate_missing` (the comparison cannot convert it: a clear 4xx, never a guess).
 */
export function checkLandedCostInput(input: LandedCostInput): void {
  const fail = (field: string, message: string) => {
    throw new LandedCostError('invalid_input', field, `${field} ${message}`);
  };
  const positiveInteger = (field: string, value: number | null) => {
    if (value !== null && !(Number.isSafeInteger(value) && value > 0)) fail(field, 'must be a positive integer');
  };
  positiveInteger('quantity', input.quantity);
  positiveInteger('unitsPerTruckload', input.unitsPerTruckload);
  positiveInteger('annualVolume', input.annualVolume);
  if (!isPlainDecimal(input.unitPrice)) fail('unitPrice', 'must be a decimal string');
  if (!isPlainDecimal(input.toolingTotal)) fail('toolingTotal', 'must be a decimal string ("0" when none)');
  if (!/^\d{6}$/.test(input.hsCode)) fail('hsCode', 'must be a 6-digit HS subheading');
  if (!Number.isFinite(input.plant.lat) || !Number.isFinite(input.plant.lon)) fail('plant', 'must have a latitude and longitude');
  const { firstArticlesDays, productionDays } = input.leadTime;
  if (!(Number.isSafeInteger(productionDays) && productionDays >= 0)) fail('leadTime.productionDays', 'must be a whole number of days');
  if (firstArticlesDays !== null && !(Number.isSafeInteger(firstArticlesDays) && firstArticlesDays >= 0)) {
    fail('leadTime.firstArticlesDays', 'must be a whole number of days or null');
  }
  if (input.currency === 'MXN') {
    if (!input.fxRate) {
      throw new LandedCostError('fx_rate_missing', 'fxRate', 'an MXN quote needs an MXN/USD rate and none was given');
    }
    if (!isPlainDecimal(input.fxRate.mxnPerUsd) || compare(exact(input.fxRate.mxnPerUsd), ZERO) <= 0) {
      fail('fxRate.mxnPerUsd', 'must be a positive decimal string');
    }
  }
}
