import { normalizeName } from '@puente/catalog';
import type { LandPort, UsZip } from '@puente/catalog';
import { MEXICAN_BORDER_CITIES, MEXICAN_REGION_WORDS, US_BORDER_CITY_ALIASES } from './border-cities.data';
import type { NamedPlaceKind } from './landed-cost.types';

export interface NamedPlace {
  kind: NamedPlaceKind;
  /** The land port a border place crosses through; null for the plant and the buyer's place. */
  port: LandPort | null;
  /** How the place was recognised, for the assumptions list. */
  matchedBy: string;
  /** True when nothing matched and the plant is assumed (a warning says so). */
  assumed: boolean;
}

/**
 * Where an Incoterm's named place is: the buyer's place (the delivery ZIP's city), a border place on the
 * US side (a land port's city) or the Mexican side (its twin city), or the plant. A place that matches
 * nothing is assumed to be the plant, and the caller says so.
 */
export function classifyNamedPlace(
  place: string,
  plantName: string,
  destination: UsZip | null,
  ports: readonly LandPort[],
): NamedPlace {
  const [cityText, ...regionParts] = place.split(',');
  const city = withoutCiudad(normalizeName(cityText ?? ''));
  const region = normalizeName(regionParts.join(' '));
  const inMexico = MEXICAN_REGION_WORDS.has(region);
  const byCode = (code: string | undefined) => (code ? (ports.find((p) => p.code === code) ?? null) : null);

  if (destination && !inMexico && (city === normalizeName(destination.city) || place.includes(destination.zip))) {
    return { kind: 'buyer', port: null, matchedBy: `the delivery ZIP's city (${destination.city}, ${destination.state})`, assumed: false };
  }
  if (!inMexico) {
    const port = ports.find((p) => normalizeName(p.name) === city) ?? byCode(US_BORDER_CITY_ALIASES[city]);
    if (port) return { kind: 'us_border', port, matchedBy: `the land port ${port.name} (${port.code}), US side`, assumed: false };
  }
  const twin = byCode(MEXICAN_BORDER_CITIES[city]);
  if (twin && (inMexico || normalizeName(twin.name) !== city)) {
    return { kind: 'mexican_border', port: twin, matchedBy: `a Mexican border city crossing at ${twin.name} (${twin.code})`, assumed: false };
  }
  if (city && normalizeName(plantName).includes(city)) {
    return { kind: 'plant', port: null, matchedBy: `the plant's name (${plantName})`, assumed: false };
  }
  return { kind: 'plant', port: null, matchedBy: 'nothing matched: the plant is assumed', assumed: true };
}

function withoutCiudad(normalized: string): string {
  return normalized.replace(/^(ciudad|cd) /, '');
}
