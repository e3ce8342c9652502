import { readFileSync } from 'node:fs';
import { haversineKm, loadMxMunicipalities, type LatLon } from '@puente/catalog';
import { parse } from 'csv-parse/sync';
import { RETC_COLUMNS } from './directory-columns';
import { directoryDataFile, RETC_FILE_NAME } from './directory-data-dir';

type RetcRow = Record<(typeof RETC_COLUMNS)[number], string>;

/** What a generated row copies from one real RETC row: the place (state, municipality, address parts). */
export interface RealPlace {
  cveEnt: string;
  nomEnt: string;
  cvegeoMun: string;
  municipio: string;
  localidad: string;
  colonia: string;
  cp: string;
  parqueIndustrial: string;
  /** The real plant's point when valid, else null (the jitter then centres on another plant of the municipality). */
  point: LatLon | null;
}

/** What a generated row copies from another real row of the same state: the activity, as one tuple. */
export interface RealActivity {
  scianCode: string;
  scianDesc: string;
  retcSector: string;
  retcSubsector: string;
  activity: string;
}

export interface RealMunicipality {
  /** Valid points of the municipality's real plants, and its seat from the catalog when known. */
  centres: LatLon[];
  /** How far a generated point may stray from a centre (see jitterRadiusKm). */
  radiusKm: number;
}

export interface RealRetcModel {
  rowCount: number;
  places: RealPlace[];
  activities: RealActivity[];
  /** Indexes into `activities` by state code, so a state's industry mix is kept (Coahuila's auto parts). */
  activitiesByState: Map<string, number[]>;
  municipalities: Map<string, RealMunicipality>;
  lastReportedYears: string[];
}

export const MIN_JITTER_KM = 1;
export const MAX_JITTER_KM = 4;

/**
 * Reads the real RETC file once. Drawing a place uniformly among its rows weights states and
 * municipalities exactly as the register does (Estado de México 15.5%, Nuevo León 12.0%, ...). The
 * DENUE file is not used for weights: it covers only the Isthmus of Tehuantepec (Oaxaca and Veracruz),
 * so its geography would pull half a million plants into two states.
 */
export function loadRealRetcModel(file = directoryDataFile(RETC_FILE_NAME)): RealRetcModel {
  const rows = parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as RetcRow[];
  const seats = new Map(loadMxMunicipalities().map((m) => [m.stateCode + m.code, m.point]));
  const places: RealPlace[] = [];
  const activities: RealActivity[] = [];
  const activitiesByState = new Map<string, number[]>();
  const pointsByMunicipality = new Map<string, LatLon[]>();
  for (const row of rows) {
    const lat = Number(row.latitude);
    const lon = Number(row.longitude);
    const point = row.coords_valid === 'Y' && row.latitude !== '' && Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : null;
    places.push({
      cveEnt: row.cve_ent,
      nomEnt: row.nom_ent,
      cvegeoMun: row.cvegeo_mun,
      municipio: row.municipio,
      localidad: row.localidad,
      colonia: row.colonia,
      cp: row.cp,
      parqueIndustrial: row.parque_industrial,
      point,
    });
    activities.push({
      scianCode: row.scian_code,
      scianDesc: row.scian_desc,
      retcSector: row.retc_sector,
      retcSubsector: row.retc_subsector,
      activity: row.principal_actividad_productiva,
    });
    const byState = activitiesByState.get(row.cve_ent) ?? [];
    byState.push(activities.length - 1);
    activitiesByState.set(row.cve_ent, byState);
    if (point && row.cvegeo_mun) pointsByMunicipality.set(row.cvegeo_mun, [...(pointsByMunicipality.get(row.cvegeo_mun) ?? []), point]);
  }
  const municipalities = new Map<string, RealMunicipality>();
  for (const key of new Set(places.map((place) => place.cvegeoMun).filter(Boolean))) {
    const seat = seats.get(key) ?? null;
    const centres = [...(pointsByMunicipality.get(key) ?? []), ...(seat ? [seat] : [])];
    municipalities.set(key, { centres, radiusKm: jitterRadiusKm(seat, seats) });
  }
  return {
    rowCount: rows.length,
    places,
    activities,
    activitiesByState,
    municipalities,
    lastReportedYears: rows.map((row) => row.last_reported_year),
  };
}

/**
 * Without municipal polygons, the distance from a municipality's seat to the nearest other seat is a fair
 * measure of its size (the seats' Voronoi cells approximate the municipalities). A third of it, kept
 * between 1 and 4 km, stays inside: 1.3 km for a Mexico City borough, 4 km for Saltillo or Hermosillo.
 */
function jitterRadiusKm(seat: LatLon | null, seats: Map<string, LatLon | null>): number {
  if (!seat) return MIN_JITTER_KM;
  let nearest = Infinity;
  for (const other of seats.values()) {
    if (!other || (other.lat === seat.lat && other.lon === seat.lon)) continue;
    // A cheap box test first: only seats within half a degree can be nearer than what matters here.
    if (Math.abs(other.lat - seat.lat) > 0.5 || Math.abs(other.lon - seat.lon) > 0.5) continue;
    nearest = Math.min(nearest, haversineKm(seat, other));
  }
  return Math.min(MAX_JITTER_KM, Math.max(MIN_JITTER_KM, nearest / 3));
}
