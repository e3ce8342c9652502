import type { Language } from '@puente/platform';
import PDFDocument from 'pdfkit';
import type { QuoteView } from '../quote-views';
import { PAGE_OPTIONS, PdfLayout } from './pdf-layout';
import { shortQuoteId, type QuotePdfContext } from './quote-pdf-context';
import { quotePdfFormat } from './quote-pdf-format';
import { writeHeader } from './quote-pdf-header';
import { QUOTE_PDF_LABELS } from './quote-pdf-labels';
import { writeLines } from './quote-pdf-lines';
import { writeTerms } from './quote-pdf-terms';
import { writeTooling } from './quote-pdf-tooling';
import { writeTotals } from './quote-pdf-totals';

/**
 * The printable summary of a quote's current revision in `language`. Dated by the revision, not by the
 * clock, and PDFKit derives the file ID from that metadata: the same revision in the same language gives
 * the same bytes, whoever downloads it and whenever.
 */
export function renderQuotePdf(quote: QuoteView, language: Language): Promise<Buffer> {
  const labels = QUOTE_PDF_LABELS[language];
  const revision = quote.current;
  const revisedAt = new Date(revision.createdAt);
  const doc = new PDFDocument({
    ...PAGE_OPTIONS,
    bufferPages: true,
    lang: labels.locale,
    displayTitle: true,
    info: {
      Title: `${labels.documentTitle}: ${quote.rfqTitle}`,
      Author: 'Puente',
      Subject: `${labels.quote} ${shortQuoteId(quote)} r${revision.revision}`,
      Creator: 'Puente',
      Producer: 'Puente',
      CreationDate: revisedAt,
      ModDate: revisedAt,
    },
  });
  const bytes = collect(doc);
  const context: QuotePdfContext = { quote, revision, labels, format: quotePdfFormat(labels.locale), layout: new PdfLayout(doc) };
  writeHeader(context);
  writeLines(context);
  writeTooling(context);
  writeTotals(context);
  writeTerms(context);
  context.layout.footers(labels.footer(shortQuoteId(quote), revision.revision), labels.pageOf);
  doc.end();
  return bytes;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
