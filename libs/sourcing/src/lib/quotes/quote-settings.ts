/** What the quote services read from the process's configuration. */
export interface QuoteSettings {
  /** QUOTE_ATTACHMENT_MAX_BYTES: the largest quote document (413 UPLOAD_TOO_LARGE above it). */
  attachmentMaxBytes: number;
  /** QUOTE_ATTACHMENT_MAX_COUNT: documents one organization may upload for its quote on one RFQ (409 RFQ_ATTACHMENT_LIMIT past it). */
  attachmentMaxCount: number;
}

export const QUOTE_SETTINGS = Symbol('QUOTE_SETTINGS');
