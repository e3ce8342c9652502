import { ApiProperty } from '@nestjs/swagger';
import type { ReceivedRatingPageView, ReceivedRatingView, RfqRatingsView, SupplierRatingView } from '@puente/sourcing';

// Response schemas of the rating routes; each class implements the library's view.

export class RatingReplyResponse {
  @ApiProperty() readonly text!: string;
  @ApiProperty({ format: 'date-time' }) readonly repliedAt!: string;
}

export class SupplierRatingResponse implements SupplierRatingView {
  @ApiProperty({ format: 'uuid' }) readonly id!: string;
  @ApiProperty({ format: 'uuid' }) readonly rfqId!: string;
  @ApiProperty({ format: 'uuid' }) readonly quoteId!: string;
  @ApiProperty({ format: 'uuid', description: 'The rated supplier profile.' }) readonly supplierId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) readonly quality!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) readonly communication!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 5 }) readonly onTime!: number;
  @ApiProperty({ type: String, nullable: true }) readonly comment!: string | null;
  @ApiProperty({ format: 'date-time' }) readonly createdAt!: string;
  @ApiProperty({ format: 'date-time' }) readonly updatedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'The buyer may change the rating until then (30 days after it was given).' }) readonly editableUntil!: string;
  @ApiProperty({ type: RatingReplyResponse, nullable: true, description: 'The supplier’s one public reply.' }) readonly reply!: RatingReplyResponse | null;
}

export class RfqRatingsResponse implements RfqRatingsView {
  @ApiProperty({ format: 'uuid' }) readonly rfqId!: string;
  @ApiProperty({ type: [SupplierRatingResponse], description: 'Oldest first; an awarded supplier sees only its own.' }) readonly data!: SupplierRatingResponse[];
}

export class ReceivedRatingResponse extends SupplierRatingResponse implements ReceivedRatingView {
  @ApiProperty({ example: 'CNC brackets' }) readonly rfqTitle!: string;
  @ApiProperty({ example: 'Lone Star Robotics' }) readonly buyerName!: string;
}

export class ReceivedRatingPageResponse implements ReceivedRatingPageView {
  @ApiProperty({ type: [ReceivedRatingResponse] }) readonly data!: ReceivedRatingResponse[];
  @ApiProperty({ type: String, nullable: true }) readonly nextCursor!: string | null;
}
