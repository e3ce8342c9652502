import type { Currency } from '@puente/platform';
import type { QuoteDeclineReason } from '../rfq-vocabulary';
import type { QuoteContent, QuoteToolingContent } from './quote-content';

/**
 * What a client PUTs on `/rfqs/{rfqId}/quote`: a `QuoteContent` whose nullable fields may be left out,
 * and the revision it revises (0 for a first quote). Checked against the RFQ into a `QuoteContent`.
 */
export interface QuoteInput {
  revises: number;
  currency: Currency;
  lines: QuoteLineInput[];
  tooling?: QuoteToolingContent[];
  leadTime: { firstArticlesDays?: number | null; productionDays: number };
  validUntil: string;
  delivery: QuoteContent['delivery'];
  origin: QuoteContent['origin'];
  notes?: string | null;
  attachmentIds?: string[];
}

export interface QuoteLineInput {
  rfqLineId: string;
  declineReason?: QuoteDeclineReason | null;
  minimumOrder?: number | null;
  breaks: QuoteBreakInput[];
}

export interface QuoteBreakInput {
  quantity: number;
  unitPrice?: string | null;
  declineReason?: QuoteDeclineReason | null;
}
