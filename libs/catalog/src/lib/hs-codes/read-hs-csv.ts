import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The geography folder's parser is exported from its own file; reuse it rather than keep a second copy.
import { parseCsvRecords } from '../geography/csv-parser';
import { catalogDataDir } from '../catalog-data-dir';

/** The trimmed CSVs live in libs/catalog/data/hs-codes (see its README for source and licence). */
export const HS_CODES_DATA_DIR = catalogDataDir('hs-codes');

export function readHsCsv(fileName: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(join(HS_CODES_DATA_DIR, fileName), 'utf8'));
}

/** People write '8413.60', '8413 60' or '841360'; the tables use bare digits. */
export function normalizeHsCode(code: string): string {
  return code.replace(/[\s.-]/g, '');
}
