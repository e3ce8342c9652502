import { QuoteAttachmentsService } from './quote-attachments.service';
import { QuoteNotices } from './quote-notices';
import { QuoteReadsService } from './quote-reads.service';
import { QuoteSubmissionService } from './quote-submission.service';
import { QuoteViewLoader } from './quote-view.loader';
import { QuoteWithdrawalService } from './quote-withdrawal.service';
import { QuotePdfService } from './pdf/quote-pdf.service';

/** The API services of quotes, added to SourcingModule's providers and exports. */
export const QUOTE_PROVIDERS = [QuoteViewLoader, QuoteNotices, QuoteSubmissionService, QuoteWithdrawalService, QuoteReadsService, QuoteAttachmentsService, QuotePdfService];
