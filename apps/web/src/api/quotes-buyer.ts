import { quotesControllerForRfq, type QuoteAttachmentResponse, type QuoteReceiptResponse, type QuoteResponse, type QuoteRevisionResponse, type RfqQuotesResponse } from './api-client';
import { downloadWithToken } from './download';

// The buyer's names for the quote routes (issue 16): the quotes an RFQ received, a quote's documents and its
// PDF summary. The files go by hand, with the token (a plain link carries none).

export type RfqQuotes = RfqQuotesResponse;
export type Quote = QuoteResponse;
export type QuoteReceipt = QuoteReceiptResponse;
export type QuoteRevision = QuoteRevisionResponse;
export type QuoteAttachment = QuoteAttachmentResponse;

/** GET /rfqs/{rfqId}/quotes: who quoted (always) and, once unsealed, every quote in full. */
export const getRfqQuotes = (rfqId: string) => quotesControllerForRfq({ path: { rfqId } });

/** A quote document (the supplier's own PDF), saved under its name. */
export const downloadQuoteAttachment = ({ quoteId, attachment, accessToken, language }: { quoteId: string; attachment: Pick<QuoteAttachment, 'id' | 'fileName'>; accessToken: string | null; language: string }): Promise<void> =>
  downloadWithToken({ path: `/api/v1/quotes/${encodeURIComponent(quoteId)}/attachments/${encodeURIComponent(attachment.id)}`, fileName: attachment.fileName, accessToken, language });

/** Puente's printable summary of a quote, saved under the API's name for it (the API picks the language: English for a buyer). */
export const downloadQuotePdf = ({ quoteId, fallbackName, accessToken, language }: { quoteId: string; fallbackName: string; accessToken: string | null; language: string }): Promise<void> =>
  downloadWithToken({ path: `/api/v1/quotes/${encodeURIComponent(quoteId)}/pdf`, fallbackName, accessToken, language });
