import { parseCsvRecords } from '@puente/catalog';

/** One judged row: every mapped code is listed once, either as correct or as wrong. */
export interface JudgedRow {
  readonly source: string;
  readonly row: number;
  readonly text: string;
  readonly mapped: readonly string[];
  readonly correct: readonly string[];
  readonly wrong: readonly string[];
  readonly note: string;
}

const COLUMNS = ['source', 'row', 'text', 'mapped', 'correct', 'wrong', 'note'] as const;
const LIST_SEPARATOR = ' ';

function quote(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(LIST_SEPARATOR).filter((code) => code.length > 0);
}

export function formatSampleCsv(rows: readonly JudgedRow[]): string {
  const lines = rows.map((row) =>
    [row.source, String(row.row), row.text, row.mapped.join(LIST_SEPARATOR), row.correct.join(LIST_SEPARATOR), row.wrong.join(LIST_SEPARATOR), row.note]
      .map(quote)
      .join(','),
  );
  return `${[COLUMNS.join(','), ...lines].join('\n')}\n`;
}

export function parseSampleCsv(content: string): JudgedRow[] {
  return parseCsvRecords(content).map((record) => ({
    source: record['source'] ?? '',
    row: Number(record['row']),
    text: record['text'] ?? '',
    mapped: list(record['mapped']),
    correct: list(record['correct']),
    wrong: list(record['wrong']),
    note: record['note'] ?? '',
  }));
}
