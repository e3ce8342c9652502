import type { LatLon, TransitAssumptions, TransitViaPort, UsZip } from '@puente/catalog';
import type { LandedCostGeography } from './landed-cost.types';

/** The estimator's assumptions at the ends of DOMAIN.md's ranges, for the transit band. */
export const TRANSIT_BAND: Readonly<{ low: Partial<TransitAssumptions>; high: Partial<TransitAssumptions> }> = Object.freeze({
  low: { roadFactor: 1.2, crossingDays: 0.5 },
  high: { roadFactor: 1.3, crossingDays: 1 },
});

export interface Route {
  /** Legs at the estimator's default assumptions: what freight is costed on. */
  via: TransitViaPort;
  destination: UsZip;
  assumptions: TransitAssumptions;
  /** Whole days (the estimator's fractional days rounded up) at the band's low and high assumptions. */
  lowDays: number;
  highDays: number;
}

/**
 * The road from the plant through one land port (the one a border place names, else the best for the
 * plant) to the delivery ZIP; null when the ZIP is unknown to the catalog.
 */
export function planRoute(geography: LandedCostGeography, origin: LatLon, destinationZip: string, portCode: string | null): Route | null {
  const portCodes = portCode ? [portCode] : undefined;
  const costed = geography.estimateTransit({ origin, destinationZip, portCodes });
  if (!costed) return null;
  // The band keeps the costed port so days and money describe the same road.
  const onPort = [costed.best.port.code];
  const low = geography.estimateTransit({ origin, destinationZip, portCodes: onPort, assumptions: TRANSIT_BAND.low });
  const high = geography.estimateTransit({ origin, destinationZip, portCodes: onPort, assumptions: TRANSIT_BAND.high });
  const days = (value: number | undefined) => Math.ceil(value ?? costed.best.transitDays);
  return {
    via: costed.best,
    destination: costed.destination,
    assumptions: costed.assumptions,
    lowDays: days(low?.best.transitDays),
    highDays: days(high?.best.transitDays),
  };
}
