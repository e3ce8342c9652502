import type { GeocodePrecision } from './geocode-mexican-address';
import type { LatLon, MxState } from './geography.types';
import { loadMxLocalities } from './mx-localities.loader';
import { loadMxMunicipalities } from './mx-municipalities.loader';
import { MX_STATE_ALIASES } from './mx-state-aliases';
import { loadMxStates } from './mx-states.loader';
import { normalizeName, withoutCiudad } from './normalize-name';

export type MxPlaceKind = 'locality' | 'municipality' | 'state';
/** How the place's name matched, best first: all of it, its start, the starts of some of its words. */
export type MxPlaceMatch = 'exact' | 'prefix' | 'word';

export const MX_PLACE_SEARCH_DEFAULT_LIMIT = 10;
export const MX_PLACE_SEARCH_MAX_LIMIT = 50;

export interface MxPlaceSuggestion extends LatLon {
  readonly kind: MxPlaceKind;
  /** INEGI code within its parent: "19" for a state, "039" for a municipality, "0001" for a locality. */
  readonly code: string;
  readonly name: string;
  readonly state: { readonly code: string; readonly name: string };
  /** The municipality a locality lies in. */
  readonly municipality?: { readonly code: string; readonly name: string };
  /** What the point stands for: a municipality without coordinates falls back to its state's centroid. */
  readonly precision: GeocodePrecision;
  /** Inhabitants (INEGI census), known for localities only. */
  readonly population: number | null;
  readonly match: MxPlaceMatch;
}

export interface SearchMxPlacesOptions {
  /** Only places in this state. */
  readonly state?: MxState;
  /** 1 to MX_PLACE_SEARCH_MAX_LIMIT, default MX_PLACE_SEARCH_DEFAULT_LIMIT. */
  readonly limit?: number;
}

/** A normalized name split once when the index is built, not on every keystroke. */
interface IndexedName {
  readonly full: string;
  /** Without a leading "ciudad"/"cd". */
  readonly loose: string;
  readonly words: readonly string[];
}

interface IndexedPlace {
  readonly place: Omit<MxPlaceSuggestion, 'match'>;
  /** Normalized names: a state also answers to its abbreviation and common variants ("Coahuila", "CDMX"). */
  readonly names: readonly IndexedName[];
  /**
   * Orders equally good matches: a locality's population; a municipality or state weighs as much as its
   * largest locality, so "Monterrey" the city and the municipality rank together, well above a hamlet.
   */
  readonly weight: number;
}

// Finer places first when everything else ties: a locality pins a plant down better than its municipality.
const KIND_ORDER: Record<MxPlaceKind, number> = { locality: 0, municipality: 1, state: 2 };
const MATCH_ORDER: Record<MxPlaceMatch, number> = { exact: 0, prefix: 1, word: 2 };


function indexName(raw: string): IndexedName {
  const full = normalizeName(raw);
  return { full, loose: withoutCiudad(full), words: full.split(' ') };
}

let index: readonly IndexedPlace[] | undefined;

function placeIndex(): readonly IndexedPlace[] {
  if (index) return index;
  const states = new Map(loadMxStates().map((state) => [state.code, state]));
  const municipalities = new Map(loadMxMunicipalities().map((municipality) => [municipality.stateCode + municipality.code, municipality]));
  const largest = new Map<string, number>();
  const grow = (key: string, population: number) => largest.set(key, Math.max(largest.get(key) ?? 0, population));
  for (const locality of loadMxLocalities()) {
    grow(locality.stateCode, locality.population ?? 0);
    grow(locality.stateCode + locality.municipalityCode, locality.population ?? 0);
  }
  const stateRef = (code: string) => ({ code, name: states.get(code)?.name ?? code });

  const places: IndexedPlace[] = [];
  for (const state of states.values()) {
    places.push({
      place: { kind: 'state', code: state.code, name: state.name, state: stateRef(state.code), ...state.centroid, precision: 'state', population: null },
      names: [state.name, ...(MX_STATE_ALIASES[state.code] ?? []), state.abbreviation].map(indexName),
      weight: largest.get(state.code) ?? 0,
    });
  }
  for (const municipality of municipalities.values()) {
    const point = municipality.point ?? states.get(municipality.stateCode)?.centroid;
    if (!point) continue;
    places.push({
      place: {
        kind: 'municipality',
        code: municipality.code,
        name: municipality.name,
        state: stateRef(municipality.stateCode),
        lat: point.lat,
        lon: point.lon,
        precision: municipality.point ? 'municipality' : 'state',
        population: null,
      },
      names: [indexName(municipality.name)],
      weight: largest.get(municipality.stateCode + municipality.code) ?? 0,
    });
  }
  for (const locality of loadMxLocalities()) {
    const municipality = municipalities.get(locality.stateCode + locality.municipalityCode);
    places.push({
      place: {
        kind: 'locality',
        code: locality.code,
        name: locality.name,
        state: stateRef(locality.stateCode),
        ...(municipality ? { municipality: { code: municipality.code, name: municipality.name } } : {}),
        lat: locality.lat,
        lon: locality.lon,
        precision: 'locality',
        population: locality.population,
      },
      names: [indexName(locality.name)],
      weight: locality.population ?? 0,
    });
  }
  index = places;
  return places;
}

interface PlaceQuery {
  readonly full: string;
  readonly loose: string;
  readonly words: readonly string[];
}

/** How one indexed name answers the query, or undefined. */
function matchName(name: IndexedName, query: PlaceQuery): MxPlaceMatch | undefined {
  if (name.full === query.full || name.loose === query.loose) return 'exact';
  if (name.full.startsWith(query.full) || name.loose.startsWith(query.loose)) return 'prefix';
  return query.words.every((queryWord) => name.words.some((word) => word.startsWith(queryWord))) ? 'word' : undefined;
}

/**
 * Type-ahead over Mexican localities (1,000+ inhabitants), municipalities and states: accent-, case- and
 * punctuation-insensitive, on the start of the name or of its words ("san pedro garza", "garcia" both find San
 * Pedro Garza García), best match first, then the most populous. The index is built on first use.
 */
export function searchMxPlaces(query: string, options: SearchMxPlacesOptions = {}): MxPlaceSuggestion[] {
  const normalized = normalizeName(query);
  if (normalized === '') return [];
  const placeQuery: PlaceQuery = { full: normalized, loose: withoutCiudad(normalized), words: normalized.split(' ') };
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? MX_PLACE_SEARCH_DEFAULT_LIMIT), 1), MX_PLACE_SEARCH_MAX_LIMIT);
  const found: { entry: IndexedPlace; match: MxPlaceMatch }[] = [];
  for (const entry of placeIndex()) {
    if (options.state && entry.place.state.code !== options.state.code) continue;
    let best: MxPlaceMatch | undefined;
    for (const name of entry.names) {
      const match = matchName(name, placeQuery);
      if (match && (!best || MATCH_ORDER[match] < MATCH_ORDER[best])) best = match;
    }
    if (best) found.push({ entry, match: best });
  }
  return found
    .sort(
      (a, b) =>
        MATCH_ORDER[a.match] - MATCH_ORDER[b.match] ||
        b.entry.weight - a.entry.weight ||
        KIND_ORDER[a.entry.place.kind] - KIND_ORDER[b.entry.place.kind] ||
        a.entry.place.name.localeCompare(b.entry.place.name, 'es'),
    )
    .slice(0, limit)
    .map(({ entry, match }) => ({ ...entry.place, match }));
}
