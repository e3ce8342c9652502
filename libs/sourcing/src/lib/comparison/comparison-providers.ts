import { ComparisonInputsLoader } from './comparison-inputs.loader';
import { LANDED_COST, type LandedCostProvider } from './landed-cost-provider';
import { landedCost } from './landed-cost/landed-cost';
import type { LandedCostSettings } from './landed-cost/landed-cost.types';
import { RfqComparisonService } from './rfq-comparison.service';

/** The API services of the comparison, added to SourcingModule's providers and exports. */
export const COMPARISON_PROVIDERS = [ComparisonInputsLoader, RfqComparisonService];

/**
 * The landed-cost model the comparison runs, provided beside them: the catalog's geography and the configured
 * figures (`landedCostSettingsFrom(config)`: the defaults with each LANDED_COST_* override and its source).
 */
export function landedCostProvider(settings: LandedCostSettings) {
  const provider: LandedCostProvider = { compute: (input) => landedCost(input), settings: () => settings };
  return { provide: LANDED_COST, useValue: provider };
}
