import { AwardComparison } from './award-comparison';
import { AwardNotices } from './award-notices';
import { AwardViewLoader } from './award-view.loader';
import { RfqAwardService } from './rfq-award.service';
import { RfqAwardsReadsService } from './rfq-awards-reads.service';

/** The API services of the award, added to SourcingModule's providers and exports. */
export const AWARD_PROVIDERS = [AwardViewLoader, AwardNotices, AwardComparison, RfqAwardService, RfqAwardsReadsService];
