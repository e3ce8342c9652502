import { ComparisonInputsLoader } from './comparison-inputs.loader';
import { LANDED_COST, type LandedCostProvider } from './landed-cost-provider';
import { DEFAULT_LANDED_COST_SETTINGS } from './landed-cost/landed-cost-defaults';
import { landedCost } from './landed-cost/landed-cost';
import { RfqComparisonService } from './rfq-comparison.service';

/** The catalog's geography and the default figures (each with its source); tests replace them through LANDED_COST. */
const CATALOG_LANDED_COST: LandedCostProvider = { compute: (input) => landedCost(input), settings: () => DEFAULT_LANDED_COST_SETTINGS };

/** The API services of the comparison, added to SourcingModule's providers and exports. */
export const COMPARISON_PROVIDERS = [ComparisonInputsLoader, RfqComparisonService];

/** The landed-cost model the comparison runs, provided beside them. */
export const LANDED_COST_PROVIDER = { provide: LANDED_COST, useValue: CATALOG_LANDED_COST };
