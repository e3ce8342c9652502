import { resolveMxState } from '@puente/catalog';
import { insideMexico, locatePlant, nearestPorts, type PlantLocation } from '../../domain/plant-location';

export interface PlacedPlant {
  stateName: string;
  location: PlantLocation;
}

export interface PlantPlaceInput {
  state: string;
  /** INEGI municipality code (3 digits) when the file has it: names vary in spelling, codes do not. */
  municipalityCode: string | null;
  municipality: string | null;
  locality: string | null;
  point: { lat: number; lon: number } | null;
}

export type PlantPlaceResult = { ok: true; plant: PlacedPlant } | { ok: false; field: 'cve_ent'; reason: 'unknown_state' };

const MAX_CACHED_PLACES = 50_000;
const cache = new Map<string, PlantLocation | null>();

/**
 * Where a registry row's plant is. A point inside Mexico is kept (precision `point`); otherwise the plant is
 * geocoded from its locality, else its municipality seat, else the state's centroid, and the precision says
 * which. The INEGI codes come from the names either way. Geocodes are cached by place: rows share towns.
 */
export function placePlant(input: PlantPlaceInput): PlantPlaceResult {
  const state = resolveMxState(input.state);
  if (!state) return { ok: false, field: 'cve_ent', reason: 'unknown_state' };
  const key = `${state.code}|${input.municipalityCode ?? ''}|${input.municipality ?? ''}|${input.locality ?? ''}`;
  let geocoded = cache.get(key);
  if (geocoded === undefined) {
    geocoded = geocode(state.code, input);
    if (cache.size >= MAX_CACHED_PLACES) cache.clear();
    cache.set(key, geocoded);
  }
  // geocode() always reaches at least the state, which is known here.
  const base = geocoded as PlantLocation;
  const location: PlantLocation =
    input.point && insideMexico(input.point)
      ? { ...base, lat: input.point.lat, lon: input.point.lon, precision: 'point', nearestPorts: nearestPorts(input.point) }
      : base;
  return { ok: true, plant: { stateName: state.name, location } };
}

/** The finest place the names give; a municipality or locality the catalog does not know is dropped, not an error. */
function geocode(stateCode: string, input: PlantPlaceInput): PlantLocation | null {
  const municipality = input.municipalityCode ?? input.municipality ?? undefined;
  const attempts = [
    { state: stateCode, municipality, locality: input.locality ?? undefined },
    { state: stateCode, municipality },
    ...(input.municipalityCode && input.municipality ? [{ state: stateCode, municipality: input.municipality }] : []),
    { state: stateCode },
  ];
  for (const attempt of attempts) {
    const result = locatePlant(attempt);
    if (result.ok) return result.location;
  }
  return null;
}
