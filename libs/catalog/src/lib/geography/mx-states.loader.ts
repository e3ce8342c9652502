import { MxState } from './geography.types';
import { readGeographyCsv, toNumberOrNull } from './read-geography-csv';

let cache: readonly MxState[] | undefined;

/** The 32 Mexican states, read once from mx_states_inegi.csv. */
export function loadMxStates(): readonly MxState[] {
  cache ??= readGeographyCsv('mx_states_inegi.csv').map((row) => {
    const lat = toNumberOrNull(row['pop_weighted_centroid_lat']);
    const lon = toNumberOrNull(row['pop_weighted_centroid_lon']);
    const capitalLat = toNumberOrNull(row['capital_lat']);
    const capitalLon = toNumberOrNull(row['capital_lon']);
    if (lat === null || lon === null) {
      // Every state has one in the source; a missing one means the data file was damaged.
      throw new Error(`mx_states_inegi.csv: state ${row['cve_ent']} has no centroid`);
    }
    return {
      code: row['cve_ent'],
      name: row['nom_ent'],
      abbreviation: row['nom_abr_ent'],
      centroid: { lat, lon },
      capitalName: row['capital_name'],
      capital: capitalLat !== null && capitalLon !== null ? { lat: capitalLat, lon: capitalLon } : null,
    };
  });
  return cache;
}
