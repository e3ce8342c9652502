import type { LandedCostFunction } from './comparison-compute';
import type { LandedCostSettings } from './landed-cost/landed-cost.types';

/** The landed-cost model the comparison runs: the pure function and the configured figures it reads. */
export interface LandedCostProvider {
  compute: LandedCostFunction;
  settings(): LandedCostSettings;
}

export const LANDED_COST = Symbol('LANDED_COST');
