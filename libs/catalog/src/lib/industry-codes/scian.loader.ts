import { SCIAN_LEVELS, ScianEntry, ScianLevel } from './industry-codes.types';
import { normalizeIndustryCode, readIndustryCsv } from './read-industry-csv';

let cache: ReadonlyMap<string, ScianEntry> | undefined;

function toLevel(value: string, code: string): ScianLevel {
  if ((SCIAN_LEVELS as readonly string[]).includes(value)) return value as ScianLevel;
  // Every row has one of the five levels in the source; anything else means the file was damaged.
  throw new Error(`scian2018_catalog_es.csv: code ${code} has unknown level '${value}'`);
}

/** SCIAN México 2018, every level, keyed by code and read once from scian2018_catalog_es.csv. */
export function loadScian(): ReadonlyMap<string, ScianEntry> {
  cache ??= new Map(
    readIndustryCsv('scian2018_catalog_es.csv').map((row): [string, ScianEntry] => {
      const code = row['scian_code'];
      return [
        code,
        { code, title: row['titulo_es'], level: toLevel(row['level'], code), parentCode: row['parent_code'] || null },
      ];
    }),
  );
  return cache;
}

export function scianEntry(code: string): ScianEntry | undefined {
  return loadScian().get(normalizeIndustryCode(code));
}

/** The manufacturing clases (6 digits, sectors 31-33), in file order. */
export function scianManufacturingClasses(): readonly ScianEntry[] {
  return [...loadScian().values()].filter((e) => e.level === 'clase' && /^3[123]/.test(e.code));
}
