import type { TableColumn, TableRow } from './pdf-layout';
import { lineNumber, quantityWithUnit, type QuotePdfContext } from './quote-pdf-context';
import type { QuotePdfLabels } from './quote-pdf-labels';
import type { QuotePdfFormat } from './quote-pdf-format';
import { breakColumnTotals, type BreakColumnEntry } from './quote-order-totals';

/** Per quantity-break position: each line's quantity, the lines' sum, the tooling, the order total. */
export function writeTotals({ revision, labels, format, layout }: QuotePdfContext): void {
  const currency = revision.currency;
  layout.heading(labels.totals, 70);
  const columns: TableColumn[] = [
    { header: labels.breakColumn, width: 56 },
    { header: labels.quantities, width: layout.width - 356 },
    { header: labels.linesSubtotal, width: 100, align: 'right' },
    { header: labels.tooling, width: 90, align: 'right' },
    { header: labels.orderTotal, width: 110, align: 'right' },
  ];
  const rows = breakColumnTotals(revision).map(
    (total): TableRow => ({
      cells: [
        labels.breakNumber(total.column),
        quantitiesCell(total.entries, labels, format),
        format.amount(total.linesSubtotal, currency),
        format.amount(total.toolingTotal, currency),
        format.amount(total.orderTotal, currency),
      ],
    }),
  );
  layout.table(columns, rows);
  layout.paragraph(labels.totalsNote(currency), { muted: true, size: 8 });
}

/** "P1: 1,000 pzas", one line per run of consecutive lines that read the same ("P3–P30: 8,000 pzas"). */
function quantitiesCell(entries: readonly BreakColumnEntry[], labels: QuotePdfLabels, format: QuotePdfFormat): string {
  const describe = (entry: BreakColumnEntry) => {
    if (entry.quantity === null) return '—';
    const quantity = quantityWithUnit(labels, format, entry.quantity, entry.unit);
    return entry.extendedPrice === null ? `${quantity} (${labels.notQuoted})` : quantity;
  };
  const runs: { first: number; last: number; text: string }[] = [];
  for (const entry of entries) {
    const text = describe(entry);
    const run = runs.at(-1);
    if (run && run.text === text && run.last + 1 === entry.position) run.last = entry.position;
    else runs.push({ first: entry.position, last: entry.position, text });
  }
  return runs
    .map(({ first, last, text }) => `${labels.lineShort(lineNumber(first))}${last > first ? `–${labels.lineShort(lineNumber(last))}` : ''}: ${text}`)
    .join('\n');
}
