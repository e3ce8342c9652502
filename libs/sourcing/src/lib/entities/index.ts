import { RfqAward } from './rfq-award.entity';
import { RfqAttachment } from './rfq-attachment.entity';
import { RfqInvitation } from './rfq-invitation.entity';
import { RfqLine } from './rfq-line.entity';
import { RfqNdaAcceptance } from './rfq-nda-acceptance.entity';
import { RfqQuestion } from './rfq-question.entity';
import { RfqVersion } from './rfq-version.entity';
import { Rfq } from './rfq.entity';
import { QuoteAttachment } from './quote-attachment.entity';
import { QuoteRevision } from './quote-revision.entity';
import { Quote } from './quote.entity';
import { SupplierRating } from './supplier-rating.entity';
import { SupplierResponseStats } from './supplier-response-stats.entity';

export { Quote, QuoteAttachment, QuoteRevision, Rfq, RfqAttachment, RfqAward, RfqInvitation, RfqLine, RfqNdaAcceptance, RfqQuestion, RfqVersion, SupplierRating, SupplierResponseStats };
export type { RfqFieldChange } from './rfq-version.entity';

/** Every table the sourcing context maps; for programs that build their own DataSource. */
export const SOURCING_ENTITIES = [Rfq, RfqLine, RfqAttachment, RfqVersion, RfqInvitation, RfqNdaAcceptance, RfqQuestion, Quote, QuoteRevision, QuoteAttachment, RfqAward, SupplierRating, SupplierResponseStats];
