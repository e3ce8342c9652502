import { estimateTransit, loadLandPorts } from '@puente/catalog';
import type { LandedCostGeography } from './landed-cost.types';

/** The real geography: the catalog's transit estimator and land ports. */
export const catalogGeography: LandedCostGeography = Object.freeze({
  estimateTransit,
  landPorts: loadLandPorts,
});
