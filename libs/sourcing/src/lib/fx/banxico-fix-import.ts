import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { DataSource } from 'typeorm';
import { MXN_PER_USD_PATTERN } from './fx-vocabulary';

/** Banxico's FIX: pesos per US dollar, series SF43718 in its SIE. */
export const BANXICO_FIX_SERIES = 'SF43718';
const BATCH = 500;

/** The file is not an SIE export of the FIX series (no `Fecha,SF43718` header line). */
export class FxFileRefused extends Error {}

export interface FxImportProgress {
  rows: number;
  bytesRead: number;
  bad: number;
}

export interface FxImportReport {
  /** Data rows read after the header line. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** `N/E` rows: days Banxico published no FIX (weekends, holidays). Skipped, not errors. */
  notPublished: number;
  bad: number;
  /** The first 50 bad rows, by line number of the file. */
  badRows: Array<{ line: number; reason: string }>;
  seconds: number;
}

interface Rate {
  date: string;
  mxnPerUsd: string;
}

/**
 * Loads an SIE CSV export of SF43718: a few header lines (bank, title, series description, units...),
 * then the line `Fecha,SF43718`, then one `dd/mm/yyyy,17.2515` row per day, `N/E` where there is no
 * figure. Upserts each rate as source `banxico-fix` (a rerun changes nothing; a corrected figure
 * updates its day). Batches commit as they go: a rerun after a crash completes the load.
 */
export async function importBanxicoFix(dataSource: DataSource, input: Readable, onProgress: (progress: FxImportProgress) => void): Promise<FxImportReport> {
  const started = Date.now();
  const report: FxImportReport = { rows: 0, inserted: 0, updated: 0, unchanged: 0, notPublished: 0, bad: 0, badRows: [], seconds: 0 };
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, info: true }));
  let column = -1;
  let batch: Rate[] = [];
  const bad = (line: number, reason: string) => {
    report.bad++;
    if (report.badRows.length < 50) report.badRows.push({ line, reason });
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; bytes: number } }>) {
    if (column < 0) {
      if (record[0]?.toLowerCase() === 'fecha') column = record.indexOf(BANXICO_FIX_SERIES);
      if (record[0]?.toLowerCase() === 'fecha' && column < 0) throw new FxFileRefused(`line ${info.lines}: the Fecha line has no ${BANXICO_FIX_SERIES} column`);
      continue;
    }
    report.rows++;
    const date = isoDate(record[0] ?? '');
    const value = (record[column] ?? '').replace(/,/g, '');
    if (!date) bad(info.lines, `date "${record[0] ?? ''}" is not a dd/mm/yyyy calendar date`);
    else if (value.toUpperCase() === 'N/E') report.notPublished++;
    else if (!MXN_PER_USD_PATTERN.test(value) || Number(value) <= 0) bad(info.lines, `${BANXICO_FIX_SERIES} "${value}" is not a positive rate with up to 4 decimals`);
    else batch.push({ date, mxnPerUsd: value });
    if (batch.length >= BATCH) {
      await upsert(dataSource, batch, report);
      batch = [];
    }
    onProgress({ rows: report.rows, bytesRead: info.bytes, bad: report.bad });
  }
  if (column < 0) throw new FxFileRefused(`no "Fecha,${BANXICO_FIX_SERIES}" header line: export the series ${BANXICO_FIX_SERIES} from Banxico's SIE as CSV`);
  if (batch.length > 0) await upsert(dataSource, batch, report);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/** dd/mm/yyyy -> yyyy-mm-dd, only for real calendar dates. */
function isoDate(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

async function upsert(dataSource: DataSource, rates: Rate[], report: FxImportReport): Promise<void> {
  // A file may repeat a day: the last figure wins, as a rerun of the corrected file would.
  const unique = [...new Map(rates.map((rate) => [rate.date, rate])).values()];
  const rows: Array<{ inserted: boolean }> = await dataSource.query(
    `INSERT INTO fx_rates (rate_date, source, mxn_per_usd, entered_by, entered_at)
     SELECT d, 'banxico-fix', r, NULL, now() FROM unnest($1::date[], $2::numeric[]) AS t(d, r)
     ON CONFLICT (rate_date, source) DO UPDATE SET mxn_per_usd = EXCLUDED.mxn_per_usd, entered_by = NULL, entered_at = EXCLUDED.entered_at
       WHERE fx_rates.mxn_per_usd <> EXCLUDED.mxn_per_usd
     RETURNING (xmax = 0) AS inserted`,
    [unique.map((rate) => rate.date), unique.map((rate) => rate.mxnPerUsd)],
  );
  const inserted = rows.filter((row) => row.inserted).length;
  report.inserted += inserted;
  report.updated += rows.length - inserted;
  report.unchanged += unique.length - rows.length;
}
