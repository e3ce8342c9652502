// What the comparison needs from the landed cost: the function, its error, the default settings, the types.
export { landedCost } from './landed-cost';
export { LandedCostError, type LandedCostErrorCode } from './landed-cost.error';
export { DEFAULT_LANDED_COST_SETTINGS } from './landed-cost-defaults';
export type * from './landed-cost.types';
export { landedCostSettingsFrom } from './landed-cost-settings-from';
export { ASSUMPTION_TEXTS, type LandedCostAssumptionCode } from './landed-cost-assumption-texts';
