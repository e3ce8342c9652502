import { client } from './generated/client.gen';
import type { Quote, QuoteAttachment, QuoteBody } from './quote-types';
import { postWithProgress, type Credentials } from './transfer';

// The supplier's quote routes: its own quote, send (create or revise), withdraw, and a quote document's upload.

export * from './quote-types';

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
