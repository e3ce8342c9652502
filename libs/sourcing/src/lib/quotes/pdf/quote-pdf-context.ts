import type { QuoteRevisionView, QuoteView } from '../quote-views';
import type { PdfLayout } from './pdf-layout';
import type { QuotePdfFormat } from './quote-pdf-format';
import type { QuotePdfLabels } from './quote-pdf-labels';

/** What each section of the summary writes from: the quote, its current revision, words and formats. */
export interface QuotePdfContext {
  quote: QuoteView;
  revision: QuoteRevisionView;
  labels: QuotePdfLabels;
  format: QuotePdfFormat;
  layout: PdfLayout;
}

/** The first 8 hex digits of the quote's id: how the footer and the file name refer to it. */
export function shortQuoteId(quote: Pick<QuoteView, 'id'>): string {
  return quote.id.slice(0, 8);
}

/** "quote-1a2b3c4d-r3.pdf" */
export function quotePdfFileName(quote: Pick<QuoteView, 'id' | 'revision'>): string {
  return `quote-${shortQuoteId(quote)}-r${quote.revision}.pdf`;
}

/** How a reader counts lines: RFQ line positions are 0-based, people start at 1. */
export function lineNumber(position: number): number {
  return position + 1;
}

/** "1,000 pzas": a quantity in the unit as the reader's language abbreviates it (a line the RFQ dropped has none). */
export function quantityWithUnit(labels: QuotePdfLabels, format: QuotePdfFormat, quantity: number, unit: string): string {
  const label = (labels.units as Record<string, string>)[unit] ?? unit;
  return label ? `${format.quantity(quantity)} ${label}` : format.quantity(quantity);
}
