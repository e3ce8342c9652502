import { MxLocality } from './geography.types';
import { readGeographyCsv, toNumberOrNull } from './read-geography-csv';

let cache: readonly MxLocality[] | undefined;

/** Every Mexican locality with 1,000+ inhabitants, read once from mx_localities_1000plus_inegi.csv. */
export function loadMxLocalities(): readonly MxLocality[] {
  cache ??= readGeographyCsv('mx_localities_1000plus_inegi.csv').map((row) => ({
    stateCode: row['cve_entidad'],
    municipalityCode: row['cve_municipio'],
    code: row['cve_localidad'],
    name: row['nom_localidad'],
    lat: Number(row['latitud']),
    lon: Number(row['longitud']),
    population: toNumberOrNull(row['poblacion_total']),
  }));
  return cache;
}

/** Localities grouped by "state+municipality" code (e.g. "19039"), for per-municipality look-ups. */
let byMunicipality: ReadonlyMap<string, readonly MxLocality[]> | undefined;

export function localitiesByMunicipality(): ReadonlyMap<string, readonly MxLocality[]> {
  if (!byMunicipality) {
    const groups = new Map<string, MxLocality[]>();
    for (const locality of loadMxLocalities()) {
      const key = locality.stateCode + locality.municipalityCode;
      const group = groups.get(key);
      if (group) group.push(locality);
      else groups.set(key, [locality]);
    }
    byMunicipality = groups;
  }
  return byMunicipality;
}
