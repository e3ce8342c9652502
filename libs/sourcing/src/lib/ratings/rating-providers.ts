import { RatingNotices } from './rating-notices';
import { RatingReadsService } from './rating-reads.service';
import { RatingReplyService } from './rating-reply.service';
import { SupplierRatingService } from './supplier-rating.service';

/** The API services of ratings, added to SourcingModule's providers and exports. */
export const RATING_PROVIDERS = [RatingNotices, SupplierRatingService, RatingReplyService, RatingReadsService];
