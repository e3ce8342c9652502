// The order totals the summary adds to what the quote view states: for each quantity break position
// (every line's first break, then every line's second...), the priced lines plus the tooling, summed
// exactly in BigInt ten-thousandths (quote-decimal), never in floating point.
import type { QuoteBreakView, QuoteLineView, QuoteRevisionView } from '../quote-views';
import { decimalSum } from '../quote-decimal';

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

/** A break's extended price as the view states it; null when the break or its whole line is declined. */
export function breakAmount(line: QuoteLineView, quoted: QuoteBreakView): string | null {
  return line.declineReason || quoted.declineReason ? null : quoted.extendedPrice;
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
    const linesSubtotal = decimalSum(entries.flatMap((entry) => (entry.extendedPrice === null ? [] : [entry.extendedPrice])));
    return { column: index + 1, entries, linesSubtotal, toolingTotal, orderTotal: decimalSum([linesSubtotal, toolingTotal]) };
  });
}
