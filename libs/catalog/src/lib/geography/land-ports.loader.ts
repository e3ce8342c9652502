import { LandPort } from './geography.types';
import { nameKey } from './normalize-name';
import { readGeographyCsv, toNumberOrNull } from './read-geography-csv';

let cache: readonly LandPort[] | undefined;

/**
 * US-Mexico land ports with commercial truck traffic, read once from us_mx_land_ports_bts.csv.
 * Otay Mesa's 2021 count is partial ("partial:11m") and loads as null rather than as a misleading number.
 */
export function loadLandPorts(): readonly LandPort[] {
  cache ??= readGeographyCsv('us_mx_land_ports_bts.csv').map((row) => ({
    code: row['port_code'],
    name: row['port_name'],
    usState: row['us_state'],
    lat: Number(row['latitude']),
    lon: Number(row['longitude']),
    trucks2021: /^\d+$/.test(row['trucks_2021']) ? toNumberOrNull(row['trucks_2021']) : null,
    crossings: row['crossings'] ? row['crossings'].split(';') : [],
  }));
  return cache;
}

/** Finds a port by BTS code, name or the name of a crossing it aggregates ("Pharr" finds Hidalgo). */
export function findLandPort(query: string): LandPort | undefined {
  const key = nameKey(query);
  if (!key) return undefined;
  const ports = loadLandPorts();
  return (
    ports.find((p) => p.code === query.trim() || nameKey(p.name) === key) ??
    ports.find((p) => p.crossings.some((c) => nameKey(c).includes(key)))
  );
}
