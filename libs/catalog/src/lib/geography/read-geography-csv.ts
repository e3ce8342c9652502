import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from './csv-parser';
import { catalogDataDir } from '../catalog-data-dir';

/** The trimmed CSVs live in libs/catalog/data/geography (see its README for sources and licences). */
export const GEOGRAPHY_DATA_DIR = catalogDataDir('geography');

export function readGeographyCsv(fileName: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(join(GEOGRAPHY_DATA_DIR, fileName), 'utf8'));
}

/** Empty or non-numeric cells become null rather than NaN or 0, so "unknown" stays visible. */
export function toNumberOrNull(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
