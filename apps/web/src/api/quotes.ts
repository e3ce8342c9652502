export * from './quote-types';

import { client } from './generated/client.gen';
import type { Quote, QuoteAttachment, QuoteBody } from './quote-types';
import { downloadWithToken, postWithProgress, type Credentials } from './transfer';

const json = { 'Content-Type': 'application/json' };
export const readOwnQuote = (rfqId: string) => client.get<{ 200: Quote }, unknown, false>({ url: '/api/v1/rfqs/{rfqId}/quote', path: { rfqId } });
export const sendQuote = (rfqId: string, body: QuoteBody) => client.put<{ 200: Quote }, unknown, false>({ url: '/api/v1/rfqs/{rfqId}/quote', path: { rfqId }, body, headers: json });
export const withdrawQuote = (rfqId: string) => client.post<{ 200: Quote }, unknown, false>({ url: '/api/v1/rfqs/{rfqId}/quote/withdraw', path: { rfqId }, body: {}, headers: json });

/** POST /rfqs/{rfqId}/quote/attachments: one PDF as multipart `file`, with its progress. */
export const uploadQuoteDocument = (rfqId: string, file: File, credentials: Credentials, onProgress: (fraction: number) => void) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return postWithProgress<QuoteAttachment>(`/api/v1/rfqs/${encodeURIComponent(rfqId)}/quote/attachments`, form, credentials, onProgress);
};

export const downloadQuoteDocument = (quoteId: string, attachment: Pick<QuoteAttachment, 'id' | 'fileName'>, credentials: Credentials) =>
  downloadWithToken(`/api/v1/quotes/${encodeURIComponent(quoteId)}/attachments/${encodeURIComponent(attachment.id)}`, attachment.fileName, credentials);

/** The printable summary in the reader's language, saved as "quote-<title>-r<revision>.pdf". */
export const downloadQuotePdf = (quote: Pick<Quote, 'id' | 'revision' | 'rfqTitle'>, credentials: Credentials) => {
  const slug = quote.rfqTitle.normalize('NFD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).toLowerCase() || 'quote';
  return downloadWithToken(`/api/v1/quotes/${encodeURIComponent(quote.id)}/pdf?lang=${credentials.language}`, `${slug}-r${quote.revision}.pdf`, credentials);
};
