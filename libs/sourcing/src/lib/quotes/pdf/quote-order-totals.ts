// The order totals the summary adds to what the quote view states: for each quantity break position
// (every line's first break, then every line's second...), the priced lines plus the tooling, exactly.
import type { QuoteBreakView, QuoteLineView, QuoteRevisionView } from '../quote-views';
import { extendedAmount, sumAmounts } from './decimal-amount';

export interface BreakColumnEntry {
  position: number;
  unit: string;
  /** null when the line has fewer breaks than this position. */
  quantity: number | null;
  /** null when the line or the break is not quoted. */
  extendedPrice: string | null;
}

export interface BreakColumnTotal {
  /** 1-based break position. */
  column: number;
  entries: BreakColumnEntry[];
  linesSubtotal: string;
  toolingTotal: string;
  orderTotal: string;
}

/** A break's amount as the view states it (computed from the unit price if a view ever left it out). */
export function breakAmount(line: QuoteLineView, quoted: QuoteBreakView): string | null {
  if (line.declineReason || quoted.declineReason || quoted.unitPrice === null) return null;
  return quoted.extendedPrice ?? extendedAmount(quoted.unitPrice, quoted.quantity);
}

export function breakColumnTotals(revision: QuoteRevisionView): BreakColumnTotal[] {
  const columns = Math.max(0, ...revision.lines.map((line) => line.breaks.length));
  const toolingTotal = revision.toolingTotal;
  return Array.from({ length: columns }, (_, index) => {
    const entries = revision.lines.map((line): BreakColumnEntry => {
      const quoted = line.breaks[index];
      return {
        position: line.position,
        unit: line.unit,
        quantity: quoted?.quantity ?? null,
        extendedPrice: quoted ? breakAmount(line, quoted) : null,
      };
    });
    const linesSubtotal = sumAmounts(entries.flatMap((entry) => (entry.extendedPrice === null ? [] : [entry.extendedPrice])));
    return { column: index + 1, entries, linesSubtotal, toolingTotal, orderTotal: sumAmounts([linesSubtotal, toolingTotal]) };
  });
}
