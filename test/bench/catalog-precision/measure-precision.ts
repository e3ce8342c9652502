import { readFileSync } from 'node:fs';
import { mappedProcesses } from './mapped-processes';
import { parseSampleCsv, type JudgedRow } from './sample-csv';

export interface PrecisionReport {
  readonly rows: number;
  /** Rows that still map to at least one process (a vocabulary fix can leave a drawn row unmapped). */
  readonly mappedRows: number;
  /** Rows whose mapping today differs from the one judged: their judgments no longer apply. */
  readonly stale: readonly JudgedRow[];
  /** The rows whose judgments apply to today's mapping. */
  readonly judged: readonly JudgedRow[];
  readonly mappedCodes: number;
  readonly correctCodes: number;
  readonly rowsAllCorrect: number;
  readonly wrong: readonly JudgedRow[];
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

/** A judged row must account for every mapped code exactly once, or the file is wrong, not the mapping. */
function checkJudgments(row: JudgedRow): void {
  const judged = [...row.correct, ...row.wrong];
  if (!sameCodes(judged, row.mapped)) throw new Error(`${row.source} row ${row.row}: judgments do not cover the mapped codes exactly`);
}

/** Precision of today's mapping on a hand-judged sample, counting only rows whose mapping is unchanged. */
export function measurePrecision(sampleFile: string): PrecisionReport {
  const rows = parseSampleCsv(readFileSync(sampleFile, 'utf8'));
  rows.forEach(checkJudgments);
  const current = rows.filter((row) => sameCodes(mappedProcesses(row.text), row.mapped));
  const mapped = current.filter((row) => row.mapped.length > 0);
  return {
    rows: rows.length,
    mappedRows: mapped.length,
    stale: rows.filter((row) => !current.includes(row)),
    judged: current,
    mappedCodes: current.reduce((sum, row) => sum + row.mapped.length, 0),
    correctCodes: current.reduce((sum, row) => sum + row.correct.length, 0),
    rowsAllCorrect: mapped.filter((row) => row.wrong.length === 0).length,
    wrong: current.filter((row) => row.wrong.length > 0),
  };
}
