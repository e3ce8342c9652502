import type { QuotePdfContext } from './quote-pdf-context';

/** Who quoted whom, which revision of the quote and which version of the RFQ it answers. */
export function writeHeader({ quote, revision, labels, format, layout }: QuotePdfContext): void {
  layout.masthead('Puente', labels.documentTitle);
  layout.title(quote.rfqTitle);
  if (quote.state === 'withdrawn') layout.banner(labels.withdrawnBanner(format.instant(quote.withdrawnAt ?? quote.revisedAt)));
  layout.fields([
    [labels.buyer, quote.buyer.name],
    [labels.supplier, quote.supplier.name],
    [labels.quote, quote.id],
    [labels.revision, labels.revisionValue(revision.revision, format.instant(revision.createdAt))],
    [labels.answers, labels.answersValue(revision.rfqVersion, quote.rfqVersion)],
    [labels.state, labels.states[quote.state]],
    [labels.currency, labels.currencies[revision.currency]],
  ]);
}
