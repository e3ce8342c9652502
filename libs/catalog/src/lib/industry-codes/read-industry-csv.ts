import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The geography folder's parser is exported from its own file; reuse it rather than keep a second copy.
import { parseCsvRecords } from '../geography/csv-parser';
import { catalogDataDir } from '../catalog-data-dir';

/** The trimmed CSVs live in libs/catalog/data/industry-codes (see its README for sources and licences). */
export const INDUSTRY_CODES_DATA_DIR = catalogDataDir('industry-codes');

export function readIndustryCsv(fileName: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(join(INDUSTRY_CODES_DATA_DIR, fileName), 'utf8'));
}

/** Codes are looked up as typed by people: '3261-99', ' 326199 ' and '326199' are the same code. */
export function normalizeIndustryCode(code: string): string {
  const trimmed = code.trim();
  // NAICS writes some sectors as ranges ('31-33'); keep those as they are.
  return /^\d{2}-\d{2}$/.test(trimmed) ? trimmed : trimmed.replace(/[\s.-]/g, '');
}
