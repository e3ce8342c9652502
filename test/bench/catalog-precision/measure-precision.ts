import { readFileSync } from 'node:fs';
import { mappedProcesses } from './mapped-processes';
import { parseSampleCsv, type JudgedRow } from './sample-csv';

export interface PrecisionReport {
  readonly rows: number;
  /** Rows whose mapping today differs from the one judged: their judgments no longer apply. */
  readonly stale: readonly JudgedRow[];
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
  return {
    rows: rows.length,
    stale: rows.filter((row) => !current.includes(row)),
    mappedCodes: current.reduce((sum, row) => sum + row.mapped.length, 0),
    correctCodes: current.reduce((sum, row) => sum + row.correct.length, 0),
    rowsAllCorrect: current.filter((row) => row.wrong.length === 0).length,
    wrong: current.filter((row) => row.wrong.length > 0),
  };
}
