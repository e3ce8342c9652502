// Where a plant is, as data search and matching can use: coordinates with their precision, INEGI codes, and
// the nearest land ports with road km and days to the border. Everything comes from the catalog; this file
// only adds the rules a supplier's form needs (unknown names are errors, a given point must be in Mexico).
import {
  DEFAULT_TRANSIT_ASSUMPTIONS,
  geocodeMexicanAddress,
  haversineKm,
  loadLandPorts,
  resolveMxState,
  type LandPort,
  type TransitAssumptions,
} from '@puente/catalog';

export interface PlantAddressInput {
  state: string;
  municipality?: string;
  locality?: string;
  postalCode?: string;
  street?: string;
  point?: { lat: number; lon: number };
}

export type PlantPrecision = 'point' | 'locality' | 'municipality' | 'state';

export interface NearestPort {
  portCode: string;
  portName: string;
  /** Estimated road km, plant to port: great-circle × roadFactor, one decimal. */
  roadKm: number;
  /** Driving days to the port at kmPerDay, one decimal; the crossing allowance is not included. */
  daysToBorder: number;
}

export interface PlantLocation {
  lat: number;
  lon: number;
  precision: PlantPrecision;
  stateCode: string;
  municipalityCode: string | null;
  /** INEGI locality code within the municipality ("0001"). */
  localityCode: string | null;
  /** The NEAREST_PORT_COUNT nearest commercial truck land ports by road km, nearest first. */
  nearestPorts: NearestPort[];
}

export type PlantLocationField = 'state' | 'municipality' | 'locality' | 'point';

export type PlantLocationResult =
  | { ok: true; location: PlantLocation }
  | { ok: false; field: PlantLocationField; issue: 'unknown' | 'outside_mexico' };

export interface LocatePlantOptions {
  /** Default DEFAULT_TRANSIT_ASSUMPTIONS (roadFactor, kmPerDay; crossingDays is not used here). */
  assumptions?: TransitAssumptions;
  /** Default NEAREST_PORT_MIN_TRUCKS_2021. */
  minTrucks2021?: number;
}

export const NEAREST_PORT_COUNT = 3;

/**
 * Ports below this many commercial trucks a year (BTS 2021) are left out of "nearest ports": a crossing like
 * Roma, TX (about 90 trucks a day) is nearer to Monterrey in a straight line than Laredo, yet freight goes
 * through Laredo or Pharr. 100,000 keeps exactly the ten high-volume ports DOMAIN.md lists. A port whose
 * count is unknown (Otay Mesa, partial in the source) is kept.
 */
export const NEAREST_PORT_MIN_TRUCKS_2021 = 100_000;

/**
 * Mexico's extent including its islands (Isla Guadalupe at -118.4 W, Cozumel and Isla Mujeres at -86.7 W,
 * Tijuana at 32.7 N, Suchiate at 14.5 N), with a small margin. A box, so a point in the sea or just across
 * a border passes: it catches swapped latitude/longitude, a lost minus sign and points elsewhere entirely.
 */
export const MEXICO_BOUNDING_BOX = Object.freeze({ minLat: 14.4, maxLat: 32.8, minLon: -118.5, maxLon: -86.6 });

/**
 * Locates a plant. Unknown names are errors rather than silent fallbacks: a municipality or locality the
 * catalog does not know gets `unknown` on that field, because storing the state's centroid for a plant
 * the supplier placed in a named town would mislead every distance computed from it. The catalog holds
 * localities of 1,000+ inhabitants; a plant elsewhere gives its municipality alone, or a point.
 */
export function locatePlant(input: PlantAddressInput, options: LocatePlantOptions = {}): PlantLocationResult {
  const state = resolveMxState(input.state ?? '');
  if (!state) return { ok: false, field: 'state', issue: 'unknown' };

  const municipality = given(input.municipality);
  const locality = given(input.locality);
  if (municipality && !geocodeMexicanAddress({ state: state.code, municipality })?.matched.municipality) {
    return { ok: false, field: 'municipality', issue: 'unknown' };
  }
  const geocode = geocodeMexicanAddress({ state: state.code, municipality, locality });
  if (!geocode) return { ok: false, field: 'state', issue: 'unknown' };
  if (locality && geocode.precision !== 'locality') return { ok: false, field: 'locality', issue: 'unknown' };

  let point = { lat: geocode.lat, lon: geocode.lon };
  let precision: PlantPrecision = geocode.precision;
  if (input.point) {
    if (!insideMexico(input.point)) return { ok: false, field: 'point', issue: 'outside_mexico' };
    point = { lat: input.point.lat, lon: input.point.lon };
    precision = 'point';
  }

  return {
    ok: true,
    location: {
      ...point,
      precision,
      stateCode: geocode.matched.state.code,
      municipalityCode: geocode.matched.municipality?.code ?? null,
      localityCode: geocode.matched.locality?.code ?? null,
      nearestPorts: nearestPorts(point, options),
    },
  };
}

export function insideMexico(point: { lat: number; lon: number }): boolean {
  const { minLat, maxLat, minLon, maxLon } = MEXICO_BOUNDING_BOX;
  // Written so NaN fails every comparison and lands outside.
  return point.lat >= minLat && point.lat <= maxLat && point.lon >= minLon && point.lon <= maxLon;
}

export function nearestPorts(point: { lat: number; lon: number }, options: LocatePlantOptions = {}): NearestPort[] {
  const { roadFactor, kmPerDay } = options.assumptions ?? DEFAULT_TRANSIT_ASSUMPTIONS;
  const minTrucks = options.minTrucks2021 ?? NEAREST_PORT_MIN_TRUCKS_2021;
  const commercial = (port: LandPort) => port.trucks2021 === null || port.trucks2021 >= minTrucks;
  return loadLandPorts()
    .filter(commercial)
    .map((port) => ({ port, km: haversineKm(point, port) * roadFactor }))
    .sort((a, b) => a.km - b.km || a.port.code.localeCompare(b.port.code))
    .slice(0, NEAREST_PORT_COUNT)
    .map(({ port, km }) => ({
      portCode: port.code,
      portName: port.name,
      roadKm: oneDecimal(km),
      daysToBorder: oneDecimal(km / kmPerDay),
    }));
}

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
