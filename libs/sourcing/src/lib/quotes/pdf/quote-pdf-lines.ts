import type { TableColumn, TableRow } from './pdf-layout';
import { lineNumber, quantityWithUnit, type QuotePdfContext } from './quote-pdf-context';
import { breakAmount } from './quote-order-totals';

const DASH = '—';

/** Per line: its minimum order and a row per quantity break (price, extended price, or why it was declined). */
export function writeLines({ revision, labels, format, layout }: QuotePdfContext): void {
  layout.heading(labels.lines, 60);
  const columns: TableColumn[] = [
    { header: labels.quantity, width: 110, align: 'right' },
    { header: labels.unitPrice, width: 110, align: 'right' },
    { header: labels.extendedPrice, width: 120, align: 'right' },
    { header: labels.remark, width: layout.width - 340 },
  ];
  for (const line of revision.lines) {
    layout.subheading(labels.line(lineNumber(line.position), line.partName), 50);
    if (line.declineReason) layout.paragraph(labels.lineDeclined(labels.declineReasons[line.declineReason]));
    layout.fields([[labels.minimumOrder, line.minimumOrder === null ? labels.noMinimum : quantityWithUnit(labels, format, line.minimumOrder, line.unit)]]);
    const rows = line.breaks.map((quoted): TableRow => {
      const amount = breakAmount(line, quoted);
      const reason = quoted.declineReason ?? line.declineReason;
      return {
        cells: [
          quantityWithUnit(labels, format, quoted.quantity, line.unit),
          amount === null || quoted.unitPrice === null ? DASH : format.unitPrice(quoted.unitPrice, revision.currency),
          amount === null ? DASH : format.amount(amount, revision.currency),
          reason ? labels.breakDeclined(labels.declineReasons[reason]) : '',
        ],
        muted: amount === null,
      };
    });
    layout.table(columns, rows);
  }
}
