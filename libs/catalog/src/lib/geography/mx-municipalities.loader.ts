import { LatLon, MxLocality, MxMunicipality, MunicipalityPointSource } from './geography.types';
import { localitiesByMunicipality } from './mx-localities.loader';
import { readGeographyCsv, toNumberOrNull } from './read-geography-csv';

let cache: readonly MxMunicipality[] | undefined;

/**
 * The 2,478 Mexican municipalities, read once from mx_municipalities_inegi.csv. The source lacks seat
 * coordinates for 413 of them, so the point falls back, in order, to the seat found among the localities,
 * the mean of the municipality's localities, then the polygon centroid; `pointSource` says which.
 */
export function loadMxMunicipalities(): readonly MxMunicipality[] {
  cache ??= readGeographyCsv('mx_municipalities_inegi.csv').map((row) => {
    const localities = localitiesByMunicipality().get(row['cve_ent'] + row['cve_mun']) ?? [];
    const { point, pointSource } = derivePoint(row, localities);
    return {
      stateCode: row['cve_ent'],
      code: row['cve_mun'],
      name: row['nom_mun'],
      seatName: row['nom_cabecera'],
      point,
      pointSource,
    };
  });
  return cache;
}

function derivePoint(
  row: Record<string, string>,
  localities: readonly MxLocality[],
): { point: LatLon | null; pointSource: MunicipalityPointSource | null } {
  const seat = pair(row['cabecera_lat'], row['cabecera_lon']);
  if (seat) return { point: seat, pointSource: 'seat' };

  const seatLocality = localities.find((l) => l.code === row['cve_cabecera']);
  if (seatLocality) return { point: { lat: seatLocality.lat, lon: seatLocality.lon }, pointSource: 'seat-locality' };

  if (localities.length > 0) {
    const lat = localities.reduce((sum, l) => sum + l.lat, 0) / localities.length;
    const lon = localities.reduce((sum, l) => sum + l.lon, 0) / localities.length;
    return { point: { lat, lon }, pointSource: 'localities-mean' };
  }

  const centroid = pair(row['polygon_centroid_lat'], row['polygon_centroid_lon']);
  if (centroid) return { point: centroid, pointSource: 'polygon-centroid' };
  return { point: null, pointSource: null };
}

function pair(lat: string | undefined, lon: string | undefined): LatLon | null {
  const a = toNumberOrNull(lat);
  const b = toNumberOrNull(lon);
  return a !== null && b !== null ? { lat: a, lon: b } : null;
}
