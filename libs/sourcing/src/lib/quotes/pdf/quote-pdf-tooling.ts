import type { TableColumn, TableRow } from './pdf-layout';
import { lineNumber, type QuotePdfContext } from './quote-pdf-context';

/** One-off tooling: what, for which lines, who owns it once paid, its cost, and the total. */
export function writeTooling({ revision, labels, format, layout }: QuotePdfContext): void {
  layout.heading(labels.tooling);
  if (revision.tooling.length === 0) {
    layout.paragraph(labels.noTooling, { muted: true });
    return;
  }
  const positions = new Map(revision.lines.map((line) => [line.rfqLineId, lineNumber(line.position)]));
  const columns: TableColumn[] = [
    { header: labels.description, width: layout.width - 300 },
    { header: labels.forLines, width: 80 },
    { header: labels.owner, width: 90 },
    { header: labels.cost, width: 130, align: 'right' },
  ];
  const rows: TableRow[] = revision.tooling.map((tool) => ({
    cells: [
      tool.description,
      tool.rfqLineIds.map((id) => positions.get(id) ?? '?').join(', '),
      labels.owners[tool.owner],
      format.amount(tool.cost, revision.currency),
    ],
  }));
  rows.push({ cells: [labels.toolingTotal, '', '', format.amount(revision.toolingTotal, revision.currency)], strong: true });
  layout.table(columns, rows);
}
