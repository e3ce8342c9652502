import { ApiProperty } from '@nestjs/swagger';
import type { SupplierRatingSummaryView, SupplierResponseStatsView, SupplierTrackRecordSummaryView, SupplierTrackRecordView } from '@puente/sourcing';
import { SupplierRatingResponse } from './ratings.responses';

// Response schemas of a supplier's track record (the public route and each comparison entry); each class
// implements the library's view. A rating is the rating routes' own schema.

const AVERAGE = 'Mean of the ratings, one decimal (e.g. "4.3"); null with no ratings.';
const RATE = 'A share 0..1 with 4 decimals (e.g. "0.8000").';

export class RatingSummaryResponse implements SupplierRatingSummaryView {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly count!: number;
  @ApiProperty({ type: String, nullable: true, example: '4.3', description: AVERAGE }) readonly quality!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '4.0', description: AVERAGE }) readonly communication!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '4.7', description: AVERAGE }) readonly onTime!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '4.3', description: 'The mean of the three averages, one decimal.' }) readonly overall!: string | null;
}

export class ResponseStatsResponse implements SupplierResponseStatsView {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Invitations the supplier could have answered by now: answered, or the RFQ stopped taking quotes.' })
  readonly invitationsDue!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of those, answered with a quote or a decline.' }) readonly invitationsAnswered!: number;
  @ApiProperty({ type: String, nullable: true, example: '0.8000', description: `${RATE} Answered / due; null when nothing is due yet.` }) readonly responseRate!: string | null;
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly quotesSubmitted!: number;
  @ApiProperty({ type: 'integer', nullable: true, minimum: 0, description: 'Median minutes from invitation to first quote.' }) readonly medianMinutesToQuote!: number | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Quotes (not withdrawn) on RFQs where the buyer awarded at least one line.' }) readonly quotesDecided!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Of those, quotes that won at least one line.' }) readonly quotesAwarded!: number;
  @ApiProperty({ type: String, nullable: true, example: '0.5000', description: `${RATE} Awarded / decided; null when no buyer has decided yet.` }) readonly awardRate!: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the figures last changed.' }) readonly computedAt!: string;
}

export class TrackRecordSummaryResponse implements SupplierTrackRecordSummaryView {
  @ApiProperty({ type: RatingSummaryResponse }) readonly rating!: RatingSummaryResponse;
  @ApiProperty({ type: ResponseStatsResponse, nullable: true, description: 'null until the worker has computed the supplier’s figures.' })
  readonly responseStats!: ResponseStatsResponse | null;
}

export class SupplierTrackRecordResponse extends TrackRecordSummaryResponse implements SupplierTrackRecordView {
  @ApiProperty({ format: 'uuid' }) readonly supplierId!: string;
  @ApiProperty({ type: [SupplierRatingResponse], description: 'The newest ratings (at most 10), newest first, with the supplier’s replies.' })
  readonly recentRatings!: SupplierRatingResponse[];
}
