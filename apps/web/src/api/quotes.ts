import { quotesControllerOwn, quotesControllerSubmit, quotesControllerWithdraw } from './api-client';
import type { QuoteAttachment, QuoteBody } from './quote-types';
import { postWithProgress, type Credentials } from './transfer';

// The supplier's quote routes: its own quote, send (create or revise), withdraw, and a quote document's upload.

export * from './quote-types';

export const readOwnQuote = (rfqId: string) => quotesControllerOwn({ path: { rfqId } });
export const sendQuote = (rfqId: string, body: QuoteBody) => quotesControllerSubmit({ path: { rfqId }, body });
export const withdrawQuote = (rfqId: string) => quotesControllerWithdraw({ path: { rfqId } });

/**
 * POST /rfqs/{rfqId}/quote/attachments with its progress: the PDF's bytes (the API reads the type from them), the
 * file's name in the query as display text.
 */
export const uploadQuoteDocument = (rfqId: string, file: File, credentials: Credentials, onProgress: (fraction: number) => void) => {
  const query = new URLSearchParams({ name: file.name.slice(0, 300) });
  return postWithProgress<QuoteAttachment>(`/api/v1/rfqs/${encodeURIComponent(rfqId)}/quote/attachments?${query.toString()}`, file, credentials, onProgress, 'application/pdf');
};
