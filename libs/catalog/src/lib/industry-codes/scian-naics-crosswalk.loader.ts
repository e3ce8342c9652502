import { CROSSWALK_BASES, CrosswalkBasis, ScianNaicsLink } from './industry-codes.types';
import { normalizeIndustryCode, readIndustryCsv } from './read-industry-csv';

interface CrosswalkIndex {
  readonly links: readonly ScianNaicsLink[];
  readonly byScian: ReadonlyMap<string, readonly string[]>;
  readonly linksByScian: ReadonlyMap<string, readonly ScianNaicsLink[]>;
  readonly byNaics: ReadonlyMap<string, readonly string[]>;
}

let cache: CrosswalkIndex | undefined;

function toBasis(value: string): CrosswalkBasis {
  if ((CROSSWALK_BASES as readonly string[]).includes(value)) return value as CrosswalkBasis;
  throw new Error(`scian2018_naics2017_manufacturing_crosswalk_derived.csv: unknown match_basis '${value}'`);
}

function push<T>(index: Map<string, T[]>, key: string, value: T): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/** The derived SCIAN 2018 ↔ NAICS 2017 manufacturing crosswalk (many-to-many), read and indexed once. */
export function loadScianNaicsCrosswalk(): readonly ScianNaicsLink[] {
  return crosswalk().links;
}

function crosswalk(): CrosswalkIndex {
  if (cache) return cache;
  const links = readIndustryCsv('scian2018_naics2017_manufacturing_crosswalk_derived.csv').map(
    (row): ScianNaicsLink => ({
      scian: row['scian2018_code'],
      naics: row['naics2017_code'],
      basis: toBasis(row['match_basis']),
    }),
  );
  const byScian = new Map<string, string[]>();
  const byNaics = new Map<string, string[]>();
  const linksByScian = new Map<string, ScianNaicsLink[]>();
  for (const link of links) {
    push(linksByScian, link.scian, link);
    push(byScian, link.scian, link.naics);
    push(byNaics, link.naics, link.scian);
  }
  cache = { links, byScian, byNaics, linksByScian };
  return cache;
}

/** NAICS 2017 codes for a SCIAN manufacturing clase; [] when the crosswalk has none. */
export function scianToNaics(code: string): readonly string[] {
  return crosswalk().byScian.get(normalizeIndustryCode(code)) ?? [];
}

/** SCIAN 2018 clases for a NAICS 2017 6-digit manufacturing code; [] when the crosswalk has none. */
export function naicsToScian(code: string): readonly string[] {
  return crosswalk().byNaics.get(normalizeIndustryCode(code)) ?? [];
}

/** The crosswalk rows of one SCIAN clase, with how each was joined; [] when there are none. */
export function scianNaicsLinks(code: string): readonly ScianNaicsLink[] {
  return crosswalk().linksByScian.get(normalizeIndustryCode(code)) ?? [];
}
