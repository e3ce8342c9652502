import { LatLon, MxLocality, MxMunicipality, MxState } from './geography.types';
import { loadMxLocalities, localitiesByMunicipality } from './mx-localities.loader';
import { loadMxMunicipalities } from './mx-municipalities.loader';
import { nameKey, nameKeyWithoutCiudad } from './normalize-name';
import { resolveMxState } from './resolve-mx-state';

export interface MexicanAddressQuery {
  /** State name, abbreviation, common variant ("CDMX", "Edomex", "NL") or INEGI code. */
  state: string;
  municipality?: string;
  locality?: string;
  /** Kept in the result for the caller; never used to locate (there is no postal-code table). */
  postalCode?: string;
}

export type GeocodePrecision = 'locality' | 'municipality' | 'state';

export interface MexicanGeocode extends LatLon {
  precision: GeocodePrecision;
  matched: {
    state: { code: string; name: string };
    municipality?: { code: string; name: string };
    locality?: { code: string; name: string; population: number | null };
    postalCode?: string;
  };
}

/**
 * Locates a Mexican address at the finest level the names allow: the locality (within the municipality,
 * or within the state when no municipality is given), else the municipality seat, else the state's
 * population-weighted centroid. Returns null only when the state itself is unknown.
 */
export function geocodeMexicanAddress(query: MexicanAddressQuery): MexicanGeocode | null {
  const state = resolveMxState(query.state);
  if (!state) return null;

  const municipality = query.municipality ? findMunicipality(state, query.municipality) : undefined;
  const locality = query.locality ? findLocality(state, municipality, query.locality) : undefined;
  const postal = query.postalCode?.trim() ? { postalCode: query.postalCode.trim() } : {};
  const stateRef = { code: state.code, name: state.name };

  if (locality) {
    const owner = municipality ?? loadMxMunicipalities().find(
      (m) => m.stateCode === locality.stateCode && m.code === locality.municipalityCode,
    );
    return {
      lat: locality.lat,
      lon: locality.lon,
      precision: 'locality',
      matched: {
        state: stateRef,
        ...(owner ? { municipality: { code: owner.code, name: owner.name } } : {}),
        locality: { code: locality.code, name: locality.name, population: locality.population },
        ...postal,
      },
    };
  }
  if (municipality?.point) {
    return {
      ...municipality.point,
      precision: 'municipality',
      matched: { state: stateRef, municipality: { code: municipality.code, name: municipality.name }, ...postal },
    };
  }
  return { ...state.centroid, precision: 'state', matched: { state: stateRef, ...postal } };
}

function findMunicipality(state: MxState, query: string): MxMunicipality | undefined {
  const inState = loadMxMunicipalities().filter((m) => m.stateCode === state.code);
  const trimmed = query.trim();
  if (/^\d{1,3}$/.test(trimmed)) return inState.find((m) => m.code === trimmed.padStart(3, '0'));
  const key = nameKey(trimmed);
  const loose = nameKeyWithoutCiudad(trimmed);
  return inState.find((m) => nameKey(m.name) === key) ?? inState.find((m) => nameKeyWithoutCiudad(m.name) === loose);
}

function findLocality(state: MxState, municipality: MxMunicipality | undefined, query: string): MxLocality | undefined {
  const candidates = municipality
    ? (localitiesByMunicipality().get(state.code + municipality.code) ?? [])
    : loadMxLocalities().filter((l) => l.stateCode === state.code);
  const key = nameKey(query);
  const loose = nameKeyWithoutCiudad(query);
  const exact = candidates.filter((l) => nameKey(l.name) === key);
  const matches = exact.length > 0 ? exact : candidates.filter((l) => nameKeyWithoutCiudad(l.name) === loose);
  // Several localities share a name within a state (e.g. many "San José"): the most populous is the likeliest.
  return [...matches].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0];
}
