import { NaicsEntry } from './industry-codes.types';
import { normalizeIndustryCode, readIndustryCsv } from './read-industry-csv';

let cache: ReadonlyMap<string, NaicsEntry> | undefined;

/** NAICS 2017, manufacturing sectors 31-33 only (the trimmed copy), read once. */
export function loadNaics(): ReadonlyMap<string, NaicsEntry> {
  cache ??= new Map(
    readIndustryCsv('naics_2017_codes_descriptions.csv').map((row): [string, NaicsEntry] => [
      row['naics_code'],
      { code: row['naics_code'], title: row['title'] },
    ]),
  );
  return cache;
}

/** Undefined for codes outside manufacturing too: only sectors 31-33 are shipped. */
export function naicsEntry(code: string): NaicsEntry | undefined {
  return loadNaics().get(normalizeIndustryCode(code));
}
