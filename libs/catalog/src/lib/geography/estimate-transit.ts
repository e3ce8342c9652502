import { LandPort, LatLon, UsZip } from './geography.types';
import { haversineKm } from './haversine-km';
import { loadLandPorts } from './land-ports.loader';
import { findUsZip } from './us-zips.loader';

/** DOMAIN.md marks all three as *verify*: defaults only, always overridable and echoed in the result. */
export interface TransitAssumptions {
  /** Road distance / great-circle distance (DOMAIN: ~1.2-1.3). */
  roadFactor: number;
  /** A truck's daily range in road km (DOMAIN: ~800). */
  kmPerDay: number;
  /** Border crossing allowance in days: brokers, inspection, transfer (DOMAIN: 0.5-1). */
  crossingDays: number;
}

export const DEFAULT_TRANSIT_ASSUMPTIONS: Readonly<TransitAssumptions> = Object.freeze({
  roadFactor: 1.25,
  kmPerDay: 800,
  crossingDays: 1,
});

export interface TransitQuery {
  origin: LatLon;
  destinationZip: string;
  assumptions?: Partial<TransitAssumptions>;
  /** Restrict candidates to these BTS port codes (e.g. a carrier's usual crossings); default all truck ports. */
  portCodes?: readonly string[];
}

export interface TransitViaPort {
  port: LandPort;
  /** Estimated road km, origin to port (great-circle × roadFactor), one decimal. */
  kmMexico: number;
  /** Estimated road km, port to destination ZIP, one decimal. */
  kmUs: number;
  totalKm: number;
  /**
   * Fractional days, one decimal: totalKm / kmPerDay + crossingDays. Fractional rather than rounded up so
   * candidates stay distinguishable and a caller can show a band or round up itself.
   */
  transitDays: number;
}

export interface TransitEstimate {
  destination: UsZip;
  best: TransitViaPort;
  /** Every candidate port, shortest total road distance first. */
  candidates: TransitViaPort[];
  assumptions: TransitAssumptions;
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * Estimates truck transit from a Mexican point through each candidate land port to a US ZIP.
 * Returns null when the ZIP is unknown; throws RangeError on nonsensical assumptions.
 */
export function estimateTransit(query: TransitQuery): TransitEstimate | null {
  const assumptions = resolveAssumptions(query.assumptions);
  const destination = findUsZip(query.destinationZip);
  if (!destination) return null;

  const ports = query.portCodes ? loadLandPorts().filter((p) => query.portCodes?.includes(p.code)) : loadLandPorts();
  if (ports.length === 0) throw new RangeError(`No known land port among: ${query.portCodes?.join(', ')}`);

  const candidates = ports
    .map((port) => {
      // Distances are summed unrounded; rounding is for display only.
      const mexico = haversineKm(query.origin, port) * assumptions.roadFactor;
      const us = haversineKm(port, destination) * assumptions.roadFactor;
      const total = mexico + us;
      return {
        port,
        kmMexico: oneDecimal(mexico),
        kmUs: oneDecimal(us),
        totalKm: oneDecimal(total),
        transitDays: oneDecimal(total / assumptions.kmPerDay + assumptions.crossingDays),
        sortKey: total,
      };
    })
    .sort((a, b) => a.sortKey - b.sortKey || a.port.code.localeCompare(b.port.code))
    .map(({ sortKey: _sortKey, ...candidate }) => candidate);

  return { destination, best: candidates[0], candidates, assumptions };
}

function resolveAssumptions(overrides: Partial<TransitAssumptions> | undefined): TransitAssumptions {
  // An override left undefined (an optional query parameter not given) keeps its default.
  const given = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, value]) => value !== undefined));
  const assumptions = { ...DEFAULT_TRANSIT_ASSUMPTIONS, ...given };
  if (!(assumptions.roadFactor >= 1)) throw new RangeError('roadFactor must be >= 1 (roads are never shorter than the great circle)');
  if (!(assumptions.kmPerDay > 0)) throw new RangeError('kmPerDay must be > 0');
  if (!(assumptions.crossingDays >= 0)) throw new RangeError('crossingDays must be >= 0');
  return assumptions;
}
